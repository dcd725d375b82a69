/**
 * `Resumen` at every cut-off of a plan whose periods are not in calendar order (SPEC §5, §5.1): a fiscal year that
 * starts in July, so its periods are, in the plan's order, Jul-Sep, Oct-Dic, Ene-Mar, Abr-Jun — neither the calendar
 * order nor the alphabetical one. The template allows it: `periods.labels` are the template's own texts, in its
 * order, and "periods ≤ c" (SPEC §5) is that order. One workbook per cut-off (`Corte` set in `Configuración`, as the
 * oracle sets it; `CorteIndice` is its formula, `MATCH(Corte,Periodos,0)`), recalculated by LibreOffice; the
 * `Resumen` figures, bands and counts and the core's semáforo are each compared with figures worked out by hand below.
 */
import ExcelJS from "exceljs";
import path from "node:path";
import { readPlan } from "../../src/core/plan/readPlan";
import { computeSemaphore } from "../../src/core/semaphore/computeSemaphore";
import { Band } from "../../src/core/semaphore/Band";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { layoutWorkbook } from "../../src/core/workbook/layoutWorkbook";
import { CONFIGURATION_ROW } from "../../src/core/workbook/layout/configurationSheet";
import { SUMMARY_COLUMN, layoutSummarySheet } from "../../src/core/workbook/layout/summarySheet";
import { CellInput } from "../../src/core/workbook/WorkbookPatch";
import { FileHost } from "../../src/shells/xlsx/FileHost";
import { loadWorkbook, workbookFromPatch } from "../support/exceljs/workbookFile";
import { bandOfLabel, numberIn, resultOf } from "../support/exceljs/recalculatedCells";
import { fillArea } from "../support/fillArea";
import { recalculateWithLibreOffice } from "../support/libreoffice";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";

jest.setTimeout(180_000);

const LABELS = ["Jul-Sep", "Oct-Dic", "Ene-Mar", "Abr-Jun"] as const;
type Cutoff = (typeof LABELS)[number];
const TEMPLATE = sampleTemplate({
  templateId: "fiscal-plan",
  periods: { kind: "T", labels: [...LABELS] },
});

/** A row's inputs: unit, direction, weight, goal, then the four periods in the plan's order. */
function row(
  unit: string,
  direction: string,
  weight: number | null,
  goal: number,
  programmed: (number | null)[],
  executed: (number | null)[]
): Record<string, CellInput> {
  return {
    [HEADERS.activity]: "Actividad",
    [HEADERS.unit]: unit,
    [HEADERS.direction]: direction,
    [HEADERS.weight]: weight,
    [HEADERS.goal]: goal,
    ...Object.fromEntries(LABELS.map((label, i) => [`Programado ${label}`, programmed[i]])),
    ...Object.fromEntries(LABELS.map((label, i) => [`Ejecutado ${label}`, executed[i]])),
  };
}

const ROWS = {
  DJ: [
    // DJ-01 (60 %): to date, programmed 10, 40, 80, 100; executed 10, 25, 65, 65.
    row("Número", "Ascendente", 0.6, 100, [10, 30, 40, 20], [10, 15, 40, null]),
    // DJ-02 (40 %): the levels at the cut-off.
    row("Porcentaje", "Ascendente", 0.4, 1, [0.25, 0.5, 0.75, 1], [0.1, 0.5, 0.6, null]),
  ],
  // SGR-01, no weight (its area gives none): to date, programmed 0, 8, 8, 12; executed 0, 10, 10, 20.
  SGR: [row("Número", "Descendente", null, 12, [0, 8, null, 4], [0, 10, 0, 10])],
};

/** compliance (null: none), band. */
type Figure = [number | null, Band];

/**
 * Worked by hand:
 * - DJ-01: 10/10 = 1; 25/40 = 0.625; 65/80 = 0.8125; 65/100 = 0.65.
 * - DJ-02: 0.1/0.25 = 0.4; 0.5/0.5 = 1; 0.6/0.75 = 0.8 (exactly 80 %: Verde); blank at Abr-Jun = 0, 0/1 = 0.
 * - SGR-01 (Descendente, programmed ÷ executed): nothing programmed at Jul-Sep; 8/10 = 0.8; 8/10 = 0.8; 12/20 = 0.6
 *   (exactly 60 %: Amarillo).
 * - DJ = 0.6·min(c₁,1) + 0.4·min(c₂,1): 0.6 + 0.16 = 0.76; 0.375 + 0.4 = 0.775; 0.4875 + 0.32 = 0.8075; 0.39 + 0 = 0.39.
 * - SGR, its one row: none; 0.8; 0.8; 0.6. CI has no objectives: its one row was never filled (Sin diligenciar).
 * - Misional = mean of DJ and SGR with programming: 0.76 (DJ alone); (0.775 + 0.8)/2 = 0.7875;
 *   (0.8075 + 0.8)/2 = 0.80375; (0.39 + 0.6)/2 = 0.495. Seguimiento (CI alone): Sin diligenciar.
 * - Institution = mean of all areas with programming: the same as Misional.
 */
const EXPECTED: Record<
  Cutoff,
  {
    rows: Record<"DJ-01" | "DJ-02" | "SGR-01", Figure>;
    areas: Record<"DJ" | "SGR" | "CI", Figure>;
    /** Per area: rows with programming; Verde, Amarillo, Rojo rows. */
    counts: Record<"DJ" | "SGR" | "CI", [number, number, number, number]>;
    macroprocesses: Record<"MI" | "SMC", Figure>;
    institution: Figure;
    /** Areas with programming (the macroprocesses' and the institution's count). */
    areasWithProgramming: { MI: number; SMC: number; institution: number };
  }
> = {
  "Jul-Sep": {
    rows: { "DJ-01": [1, "verde"], "DJ-02": [0.4, "rojo"], "SGR-01": [null, "sin-programacion"] },
    areas: {
      DJ: [0.76, "amarillo"],
      SGR: [null, "sin-programacion"],
      CI: [null, "sin-diligenciar"],
    },
    counts: { DJ: [2, 1, 0, 1], SGR: [0, 0, 0, 0], CI: [0, 0, 0, 0] },
    macroprocesses: { MI: [0.76, "amarillo"], SMC: [null, "sin-diligenciar"] },
    institution: [0.76, "amarillo"],
    areasWithProgramming: { MI: 1, SMC: 0, institution: 1 },
  },
  "Oct-Dic": {
    rows: { "DJ-01": [0.625, "amarillo"], "DJ-02": [1, "verde"], "SGR-01": [0.8, "verde"] },
    areas: { DJ: [0.775, "amarillo"], SGR: [0.8, "verde"], CI: [null, "sin-diligenciar"] },
    counts: { DJ: [2, 1, 1, 0], SGR: [1, 1, 0, 0], CI: [0, 0, 0, 0] },
    macroprocesses: { MI: [0.7875, "amarillo"], SMC: [null, "sin-diligenciar"] },
    institution: [0.7875, "amarillo"],
    areasWithProgramming: { MI: 2, SMC: 0, institution: 2 },
  },
  "Ene-Mar": {
    rows: { "DJ-01": [0.8125, "verde"], "DJ-02": [0.8, "verde"], "SGR-01": [0.8, "verde"] },
    areas: { DJ: [0.8075, "verde"], SGR: [0.8, "verde"], CI: [null, "sin-diligenciar"] },
    counts: { DJ: [2, 2, 0, 0], SGR: [1, 1, 0, 0], CI: [0, 0, 0, 0] },
    macroprocesses: { MI: [0.80375, "verde"], SMC: [null, "sin-diligenciar"] },
    institution: [0.80375, "verde"],
    areasWithProgramming: { MI: 2, SMC: 0, institution: 2 },
  },
  "Abr-Jun": {
    rows: { "DJ-01": [0.65, "amarillo"], "DJ-02": [0, "rojo"], "SGR-01": [0.6, "amarillo"] },
    areas: { DJ: [0.39, "rojo"], SGR: [0.6, "amarillo"], CI: [null, "sin-diligenciar"] },
    counts: { DJ: [2, 0, 1, 1], SGR: [1, 0, 1, 0], CI: [0, 0, 0, 0] },
    macroprocesses: { MI: [0.495, "rojo"], SMC: [null, "sin-diligenciar"] },
    institution: [0.495, "rojo"],
    areasWithProgramming: { MI: 2, SMC: 0, institution: 2 },
  },
};

const figure = ([compliance, band]: Figure): unknown => [
  compliance === null ? null : expect.closeTo(compliance, 9),
  band,
];

const dir = testOutputDir("summary-cutoffs");
/** The workbooks as written (one per cut-off, in `LABELS` order) and as LibreOffice recalculated them. */
let written: string[] = [];
let recalculated: ExcelJS.Workbook[] = [];

beforeAll(async () => {
  written = [];
  for (const [index, cutoff] of LABELS.entries()) {
    const workbook = await workbookFromPatch(layoutWorkbook(TEMPLATE));
    for (const [code, rows] of Object.entries(ROWS)) fillArea(workbook, code, rows);
    workbook.getWorksheet("Configuración")!.getCell(`B${CONFIGURATION_ROW.cutoff}`).value = cutoff;
    const file = path.join(dir, `fiscal-${index + 1}.xlsx`);
    await workbook.xlsx.writeFile(file);
    written.push(file);
  }
  const files = recalculateWithLibreOffice(written, path.join(dir, "recalculated"));
  recalculated = await Promise.all(files.map((file) => loadWorkbook(file)));
});

const bandOf = (cell: ExcelJS.Cell): Band | string => bandOfLabel(resultOf(cell));

const SUMMARY = layoutSummarySheet(TEMPLATE);
const CUTOFFS = LABELS.map((cutoff, index) => ({ cutoff, index }));

describe.each(CUTOFFS)("at cut-off $cutoff", ({ cutoff, index }) => {
  const expected = EXPECTED[cutoff];

  it("CorteIndice is the cut-off's place in the plan's order, and Resumen shows that cut-off", () => {
    const workbook = recalculated[index];
    const configuration = workbook.getWorksheet("Configuración")!;
    expect(numberIn(configuration.getCell(`B${CONFIGURATION_ROW.cutoffIndex}`))).toBe(index + 1);
    expect(resultOf(workbook.getWorksheet("Resumen")!.getCell("B2"))).toBe(cutoff);
  });

  it("Resumen (LibreOffice recalculating its live formulas) shows the hand-worked figures", () => {
    const summary = recalculated[index].getWorksheet("Resumen")!;
    const cell = (row: number, column: number): ExcelJS.Cell => summary.getRow(row).getCell(column);
    const level = (row: number): unknown[] => [
      numberIn(cell(row, SUMMARY_COLUMN.compliance)),
      bandOf(cell(row, SUMMARY_COLUMN.band)),
    ];
    const c = SUMMARY_COLUMN;
    for (const code of ["DJ", "SGR", "CI"] as const) {
      const at = SUMMARY.areaRows.get(code)!;
      expect({ code, figure: level(at) }).toEqual({ code, figure: figure(expected.areas[code]) });
      expect({
        code,
        counts: [c.count, c.verde, c.amarillo, c.rojo].map((column) => numberIn(cell(at, column))),
        rowsWithErrors: numberIn(cell(at, c.rowsWithErrors)),
      }).toEqual({ code, counts: expected.counts[code], rowsWithErrors: 0 });
    }
    for (const code of ["MI", "SMC"] as const) {
      const at = SUMMARY.macroprocessRows.get(code)!;
      expect({ code, figure: level(at), count: numberIn(cell(at, c.count)) }).toEqual({
        code,
        figure: figure(expected.macroprocesses[code]),
        count: expected.areasWithProgramming[code],
      });
    }
    expect([
      ...level(SUMMARY.institutionRow),
      numberIn(cell(SUMMARY.institutionRow, c.count)),
      resultOf(cell(SUMMARY.institutionRow, c.unfilledAreas)),
    ]).toEqual([
      ...(figure(expected.institution) as unknown[]),
      expected.areasWithProgramming.institution,
      "6.1 CI",
    ]);
  });

  it("the core's semáforo, reading the same file, gives the same hand-worked figures", async () => {
    const plan = readPlan(await new FileHost({ input: written[index] }).readSnapshot());
    expect(plan.config?.cutoffLabel).toBe(cutoff);
    const report = computeSemaphore(plan, plan.config!);
    expect(
      Object.fromEntries(
        report.rows
          .filter((row) => row.id in expected.rows)
          .map((row) => [row.id, [row.compliance, row.band]])
      )
    ).toEqual(
      Object.fromEntries(
        Object.entries(expected.rows).map(([id, expectedFigure]) => [id, figure(expectedFigure)])
      )
    );
    expect(
      Object.fromEntries(
        report.areas.map((area) => [
          area.code,
          [
            [area.compliance, area.band],
            [
              area.programmedRows,
              area.bandCounts.verde,
              area.bandCounts.amarillo,
              area.bandCounts.rojo,
            ],
          ],
        ])
      )
    ).toEqual(
      Object.fromEntries(
        (["DJ", "SGR", "CI"] as const).map((code) => [
          code,
          [figure(expected.areas[code]), expected.counts[code]],
        ])
      )
    );
    expect(
      Object.fromEntries(report.macroprocesses.map((m) => [m.code, [m.compliance, m.band]]))
    ).toEqual({ MI: figure(expected.macroprocesses.MI), SMC: figure(expected.macroprocesses.SMC) });
    expect([report.institution.compliance, report.institution.band]).toEqual(
      figure(expected.institution)
    );
  });
});
