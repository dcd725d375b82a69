/**
 * The workbook's live formulas and the core compute the same semáforo: generated workbooks are filled with rows
 * covering every band, unit, direction, blank and edge case, recalculated by LibreOffice for each cut-off, and the
 * recalculated values compared with the core's, row by row, per area, macroprocess and institution.
 */
import ExcelJS from "exceljs";
import path from "node:path";
import {
  DEFAULT_BANDS,
  DEFAULT_LISTS,
  Template,
  defaultPeriods,
} from "../../src/core/template/Template";
import { layoutWorkbook } from "../../src/core/workbook/layoutWorkbook";
import { SUMMARY_COLUMN, layoutSummarySheet } from "../../src/core/workbook/layout/summarySheet";
import { CONFIGURATION_ROW } from "../../src/core/workbook/layout/configurationSheet";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { BAND_LABEL } from "../../src/core/workbook/rowFormulas";
import { readPlan } from "../../src/core/plan/readPlan";
import { computeSemaphore } from "../../src/core/semaphore/computeSemaphore";
import { Band } from "../../src/core/semaphore/Band";
import { workbookFromPatch } from "../../src/shells/xlsx/workbookFile";
import { readSnapshot } from "../../src/shells/xlsx/readSnapshot";
import { loadWorkbook } from "../../src/shells/xlsx/workbookFile";
import { recalculateWithLibreOffice } from "../support/libreoffice";
import { testOutputDir } from "../support/tempDir";
import { fillArea, findAreaTable, RowValues } from "../support/fillArea";

const objectives = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `Objetivo ${i + 1}`);

const template: Template = {
  schemaVersion: 1,
  templateId: "agreement",
  templateVersion: 1,
  organisation: "Prueba",
  year: 2021,
  periods: defaultPeriods("T"),
  bands: DEFAULT_BANDS,
  lists: DEFAULT_LISTS,
  extraColumns: [],
  macroprocesses: [
    {
      code: "MI",
      name: "Misional",
      areas: [
        { code: "NUM", name: "Área de números", section: "1.1", objectives: objectives(12) },
        { code: "PCT", name: "Área de porcentajes", section: "1.2", objectives: objectives(6) },
      ],
    },
    {
      code: "AP",
      name: "Apoyo",
      areas: [
        { code: "PES", name: "Área ponderada", section: "2.1", objectives: objectives(4) },
        { code: "VAC", name: "Área sin programación", section: "2.2", objectives: objectives(2) },
      ],
    },
  ],
};

const periods = (
  prefix: "Programado" | "Ejecutado",
  values: (number | string | null)[]
): RowValues => Object.fromEntries(values.map((value, i) => [`${prefix} T${i + 1}`, value]));

const row = (
  unit: string,
  direction: string | null,
  programmed: (number | string | null)[],
  executed: (number | string | null)[],
  extra: RowValues = {}
): RowValues => ({
  [HEADERS.unit]: unit,
  [HEADERS.direction]: direction,
  ...periods("Programado", programmed),
  ...periods("Ejecutado", executed),
  ...extra,
});

const FILL: Record<string, RowValues[]> = {
  NUM: [
    row("Número", "Ascendente", [10, 10, 10, 10], [8, 10, 12, 10]), // exactly 80 % at T1
    row("Número", "Ascendente", [5, 5, 5, 5], [3, 3, 3, 3]), // exactly 60 %
    row("Número", "Ascendente", [2, 2, 2, 2], [3, 3, 3, 3]), // 150 %: over-execution
    row("Número", "Ascendente", [4, 0, 4, 0], [1, null, 0, null]), // blanks count as 0: rojo
    row("Número", "Descendente", [10, 10, 10, 10], [12, 8, 0, 5]), // inverse ratio
    row("Número", "Descendente", [3, 3, 3, 3], [0, 0, 0, 0]), // executed 0 → exactly 100 %
    row("Número", null, [0, 0, 6, 6], [0, 0, 5, 7]), // nothing programmed before T3; blank direction = Ascendente
    row("número", "ascendente", [1, 1, 1, 1], [0.7, 0.7, 0.7, 0.7]), // Excel compares text without case
    row("Número", "Ascendente", [1, "2", 3, 4], [1, 2, 3, 4]), // a number typed as text counts as 0
    row("Número", "Ascendente", [0.1, 0.2, 0.5, 0.2], [0.1, 0.2, 0.34, 0.3]), // binary fractions near a band
    row("Número", "Ascendente", [7, 7, 7, 7], [5.6, 4.2, 7, 0]),
    row("", "", [null, null, null, null], [null, null, null, null]), // an unfilled row
  ],
  PCT: [
    row("Porcentaje", "Ascendente", [0.25, 0.5, 0.75, 1], [0.2, 0.5, 0.6, 1]),
    row("Porcentaje", "Ascendente", [0.1, 0.3, 0.6, 1], [0.06, 0.18, 0.36, 0.6]), // exactly 60 % each period
    row("Porcentaje", "Descendente", [0.5, 0.4, 0.3, 0.2], [0.6, 0.4, 0.2, 0]),
    row("PORCENTAJE", "Ascendente", [0, 0.5, null, 1], [0, 0.8, 0.9, 1.3]), // level at cut-off, blank level = 0
    row("Porcentaje", "Ascendente", [0.2, 0.4, 0.6, 0.8], [null, null, null, null]),
    row("Porcentaje", "Ascendente", [1, 1, 1, 1], [1.25, 1.2, 1.21, 0.79]),
  ],
  PES: [
    row("Número", "Ascendente", [10, 10, 10, 10], [10, 5, 20, 10], { [HEADERS.weight]: 0.5 }),
    row("Número", "Ascendente", [10, 10, 10, 10], [5, 10, 5, 0], { [HEADERS.weight]: 0.3 }),
    row("Porcentaje", "Ascendente", [0, 0.2, 0.5, 1], [0, 0.1, 0.5, 1], { [HEADERS.weight]: 0.2 }),
    row("Número", "Descendente", [1, 1, 1, 1], [2, 0, 1, 4], { [HEADERS.weight]: "0,1" }), // weight typed as text counts 0
  ],
  VAC: [],
};

const bandOfLabel = (label: unknown): Band => {
  const entry = Object.entries(BAND_LABEL).find(([, text]) => text === label);
  if (!entry) throw new Error(`Unknown band label ${String(label)}`);
  return entry[0] as Band;
};

const number = (cell: ExcelJS.Cell): number | null => {
  const value = cell.value;
  const result =
    value !== null && typeof value === "object" && "formula" in value ? cell.result : value;
  return typeof result === "number" ? result : null;
};
const text = (cell: ExcelJS.Cell): unknown => (cell.formula ? cell.result : cell.value);

describe("live formulas recalculated by LibreOffice equal the core", () => {
  const cutoffs = template.periods.labels;
  let recalculated: string[] = [];

  beforeAll(async () => {
    const dir = testOutputDir("agreement");
    const files: string[] = [];
    for (const cutoff of cutoffs) {
      const workbook = await workbookFromPatch(layoutWorkbook(template));
      for (const [code, rows] of Object.entries(FILL)) fillArea(workbook, code, rows);
      workbook.getWorksheet("Configuración")!.getCell(`B${CONFIGURATION_ROW.cutoff}`).value =
        cutoff;
      const file = path.join(dir, `plan-${cutoff}.xlsx`);
      await workbook.xlsx.writeFile(file);
      files.push(file);
    }
    recalculated = recalculateWithLibreOffice(files, path.join(dir, "recalculated"));
  });

  it.each([0, 1, 2, 3])(
    "agrees row by row and per area, macroprocess and institution at cut-off index %i",
    async (index) => {
      const workbook = await loadWorkbook(recalculated[index]);
      const plan = readPlan(readSnapshot(workbook));
      expect(plan.config?.cutoffLabel).toBe(cutoffs[index]);
      const core = computeSemaphore(plan, plan.config!);

      let comparedRows = 0;
      for (const area of core.areas) {
        const { sheet, headerRow, headers } = findAreaTable(workbook, area.code);
        const at = (excelRow: number, header: string): ExcelJS.Cell =>
          sheet.getRow(excelRow).getCell(headers.indexOf(header) + 1);
        for (const coreRow of core.rows.filter((candidate) => candidate.area === area.code)) {
          expect(coreRow.row).toBeGreaterThan(headerRow);
          const where = `${area.code} row ${coreRow.row}`;
          // Engines may differ in a sum's last bit; amounts agree to 12 decimals and bands exactly.
          expect([
            where,
            number(at(coreRow.row, HEADERS.programmedToDate))! - coreRow.programmed,
          ]).toEqual([where, expect.closeTo(0, 12)]);
          expect([
            where,
            number(at(coreRow.row, HEADERS.executedToDate))! - coreRow.executed,
          ]).toEqual([where, expect.closeTo(0, 12)]);
          const sheetCompliance = number(at(coreRow.row, HEADERS.compliance));
          if (coreRow.compliance === null) expect([where, sheetCompliance]).toEqual([where, null]);
          else expect(sheetCompliance).toBeCloseTo(coreRow.compliance, 12);
          expect([where, bandOfLabel(text(at(coreRow.row, HEADERS.semaphore)))]).toEqual([
            where,
            coreRow.band,
          ]);
          comparedRows++;
        }
      }
      expect(comparedRows).toBe(12 + 6 + 4 + 2); // every row: even the unfilled ones keep their generated ID

      const summary = workbook.getWorksheet("Resumen")!;
      const layout = layoutSummarySheet(template);
      const summaryCell = (row: number, column: number): ExcelJS.Cell =>
        summary.getRow(row).getCell(column);
      for (const area of core.areas) {
        const row = layout.areaRows.get(area.code)!;
        expect([area.code, number(summaryCell(row, SUMMARY_COLUMN.compliance))]).toEqual([
          area.code,
          area.compliance === null ? null : expect.closeTo(area.compliance, 9),
        ]);
        expect([area.code, bandOfLabel(text(summaryCell(row, SUMMARY_COLUMN.band)))]).toEqual([
          area.code,
          area.band,
        ]);
        expect(number(summaryCell(row, SUMMARY_COLUMN.count))).toBe(area.programmedRows);
        expect(number(summaryCell(row, SUMMARY_COLUMN.verde))).toBe(area.bandCounts.verde);
        expect(number(summaryCell(row, SUMMARY_COLUMN.rojo))).toBe(area.bandCounts.rojo);
      }
      for (const macroprocess of core.macroprocesses) {
        const row = layout.macroprocessRows.get(macroprocess.code!)!;
        expect([macroprocess.name, number(summaryCell(row, SUMMARY_COLUMN.compliance))]).toEqual([
          macroprocess.name,
          macroprocess.compliance === null ? null : expect.closeTo(macroprocess.compliance, 9),
        ]);
        expect(bandOfLabel(text(summaryCell(row, SUMMARY_COLUMN.band)))).toBe(macroprocess.band);
      }
      expect(number(summaryCell(layout.institutionRow, SUMMARY_COLUMN.compliance))).toBeCloseTo(
        core.institution.compliance!,
        9
      );
      expect(bandOfLabel(text(summaryCell(layout.institutionRow, SUMMARY_COLUMN.band)))).toBe(
        core.institution.band
      );
    }
  );

  it("covers every band, both units and both directions across the cut-offs", async () => {
    const bands = new Set<Band>();
    for (const file of recalculated) {
      const plan = readPlan(readSnapshot(await loadWorkbook(file)));
      const core = computeSemaphore(plan, plan.config!);
      core.rows.forEach((row) => bands.add(row.band));
      expect(core.rows.some((row) => row.overExecution)).toBe(true);
    }
    expect([...bands].sort()).toEqual(["amarillo", "rojo", "sin-programacion", "verde"]);
  });
});
