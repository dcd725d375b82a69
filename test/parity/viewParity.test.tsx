/**
 * @jest-environment jsdom
 *
 * One workbook state, one set of figures (SPEC §5.1, issue 15 deliverable 2). For every case of the hand-computed
 * oracle (test/fixtures/oracle/oracleCases.ts: missing weight, text in a number cell, #REF!, an area never filled,
 * zero weight, Porcentaje, Descendente… at each cut-off) plus the states below, every view shows the figure the
 * oracle worked out by hand, at the precision it shows (0.1 %), with the same band and the same count of rows left
 * out wherever it shows one:
 *   - the pane's Semáforo flow and Informe flow, running the real operations on the file;
 *   - `semaphore --json`;
 *   - `Resumen` recalculated by LibreOffice; `Tablero` and `Matriz` of the consolidated workbook, opened by
 *     LibreOffice; the `Informe` sheet (LibreOffice) and the informe's HTML.
 * The informe is a semester report: it is measured at T2 (semester 1) and T4 (semester 2), so its three views
 * run on those cut-offs. All files go through LibreOffice in one call.
 *
 * The extra states, with their hand-worked figures:
 *   - "overwritten": the oracle at T2 with a value (1) pasted over NUM-02's `% Cumplimiento` formula: NUM-02 is
 *     Con errores and left out. NUM = (.9 + 1 + .75 + 1 + 1) ÷ 5 = 4.65 ÷ 5 = .93 (1 row out); MI = (.93 + .72) ÷
 *     2 = .825; institution = (.93 + .72 + .7 + .9 + .65 + .8875) ÷ 6 = 4.7875 ÷ 6 = .7979166667, rows out 3 + 1 = 4.
 *   - "imported": the oracle at T2 whose PCT tab was emptied and its rows then written into the tab by the
 *     workbook writer, cell by cell, as an import puts an area file's rows into its tab: the figures are the
 *     oracle's T2 figures.
 */
import "../taskpane/textCodecInJsdom";
import ExcelJS from "exceljs";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { act, configure, fireEvent, screen, within } from "@testing-library/react";
import { Band, BANDS } from "../../src/core/semaphore/Band";
import { bandMessages } from "../../src/core/messages/catalog/bandMessages";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { SUMMARY_COLUMN, layoutSummarySheet } from "../../src/core/workbook/layout/summarySheet";
import { CellEdit } from "../../src/core/workbook/WorkbookPatch";
import { bindOperations } from "../../src/operations/bindOperations";
import { consolidate } from "../../src/operations/consolidate";
import { report } from "../../src/operations/report";
import { FileHost } from "../../src/shells/xlsx/FileHost";
import { loadWorkbook } from "../support/exceljs/workbookFile";
import { InformeFlow } from "../../src/taskpane/flows/Informe/InformeFlow";
import { SemaforoFlow } from "../../src/taskpane/flows/Semaforo/SemaforoFlow";
import { writeOracleWorkbooks } from "../fixtures/oracle/buildOracleWorkbooks";
import {
  LevelFigure,
  ORACLE_AREAS,
  ORACLE_CUTOFFS,
  ORACLE_INSTITUTION,
  ORACLE_ROWS,
  ORACLE_TEMPLATE,
  OracleCutoff,
} from "../fixtures/oracle/oracleCases";
import { findAreaTable } from "../support/fillArea";
import { convertWithLibreOffice } from "../support/libreoffice";
import { cli } from "../support/runCli";
import { testOutputDir } from "../support/tempDir";
import { renderPane } from "../taskpane/renderPane";

const TODAY = "2021-07-15";

// Reading a file through the real operations takes a moment on a busy machine: a ceiling, not a speed check.
configure({ asyncUtilTimeout: 60_000 });

/** One figure as a view shows it: a fraction at 0.1 % (null: none), a band, rows left out (null: not shown). */
type Shown = { compliance: number | null; band: Band; leftOut: number | null };
type ViewFigures = {
  areas: Map<string, Shown>;
  institution: Shown;
  /** Row id → [compliance, band], for the views that show rows. */
  rows?: Map<string, [number | null, Band]>;
};

type Case = {
  name: string;
  cutoff: OracleCutoff;
  areas: Record<string, LevelFigure>;
  institution: LevelFigure;
  rows: Record<string, [number | null, Band]>;
  /** The rows left as generated (an ID and an objective), Sin diligenciar in `Matriz`. */
  unfilled: string[];
  build: (oracleFile: string, dir: string) => Promise<string>;
};

const atShownPrecision = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 1000) / 1000;

function oracleCase(cutoff: OracleCutoff): Case {
  return {
    name: `oracle ${cutoff}`,
    cutoff,
    areas: Object.fromEntries(Object.entries(ORACLE_AREAS).map(([code, f]) => [code, f[cutoff]])),
    institution: ORACLE_INSTITUTION[cutoff],
    rows: Object.fromEntries(
      Object.values(ORACLE_ROWS)
        .flat()
        .map((row) => [row.id, [row.expected[cutoff][2], row.expected[cutoff][3]]])
    ),
    unfilled: ["MIX-05", "VAC-01", "VAC-02"],
    build: async (file) => file,
  };
}

async function overwrittenCompliance(file: string, dir: string): Promise<string> {
  const workbook = await loadWorkbook(file);
  const { sheet, headerRow, headers } = findAreaTable(workbook, "NUM");
  sheet.getRow(headerRow + 2).getCell(headers.indexOf(HEADERS.compliance) + 1).value = 1;
  const out = path.join(dir, "state-overwritten.xlsx");
  await workbook.xlsx.writeFile(out);
  return out;
}

async function importedArea(file: string, dir: string): Promise<string> {
  const workbook = await loadWorkbook(file);
  const { sheet, headerRow, headers, firstColumn } = findAreaTable(workbook, "PCT");
  const edits: CellEdit[] = [];
  ORACLE_ROWS.PCT.forEach((row, index) => {
    const typed: Record<string, number | string | null> = {
      [HEADERS.activity]: `Actividad ${row.id}`,
      [HEADERS.unit]: row.unit,
      [HEADERS.direction]: row.direction,
      ...Object.fromEntries(row.programmed.map((v, i) => [`Programado T${i + 1}`, v as number])),
      ...Object.fromEntries(row.executed.map((v, i) => [`Ejecutado T${i + 1}`, v as number])),
    };
    for (const [header, value] of Object.entries(typed)) {
      const cell = sheet.getRow(headerRow + 1 + index).getCell(headers.indexOf(header) + 1);
      cell.value = null;
      if (value !== null) edits.push({ sheet: sheet.name, cell: cell.address, value });
    }
  });
  expect(firstColumn).toBe(1);
  const emptied = path.join(dir, "state-imported-empty.xlsx");
  await workbook.xlsx.writeFile(emptied);
  const out = path.join(dir, "state-imported.xlsx");
  await new FileHost({ input: emptied, output: out }).applyPatch({
    sheets: [],
    definedNames: [],
    edits,
  });
  return out;
}

/**
 * Every cell of a table row cleared, its computed formulas too (a user selects the row inside the table and presses
 * Delete): MIX-05 (generated, never filled) and VAC-01. A row with nothing typed counts nowhere (SPEC §5): not as a
 * row with an overwritten formula, and an area whose other rows were never filled stays Sin diligenciar.
 */
async function rowsClearedWhole(file: string, dir: string): Promise<string> {
  const workbook = await loadWorkbook(file);
  for (const [code, index] of [
    ["MIX", 4],
    ["VAC", 0],
  ] as const) {
    const { sheet, headerRow, headers, firstColumn } = findAreaTable(workbook, code);
    const row = sheet.getRow(headerRow + 1 + index);
    headers.forEach((_, column) => (row.getCell(firstColumn + column).value = null));
  }
  const out = path.join(dir, "state-rows-cleared.xlsx");
  await workbook.xlsx.writeFile(out);
  return out;
}

const CASES: Case[] = [
  ...ORACLE_CUTOFFS.map(oracleCase),
  (() => {
    const base = oracleCase("T2");
    return {
      ...base,
      name: "overwritten % Cumplimiento (T2)",
      areas: { ...base.areas, NUM: [0.93, "verde", 1] as LevelFigure },
      // The oracle's T2 areas with NUM at .93: .93 + .72 + .7 + .9 + .65 + .8875 + 0 (NEG) = 4.7875; ÷ 7 areas with a
      // figure = 0.68392857142… → 0.6839285714
      institution: [0.6839285714, "amarillo", 5] as LevelFigure,
      rows: { ...base.rows, "NUM-02": [null, "con-errores"] as [null, Band] },
      build: (file: string, dir: string) => overwrittenCompliance(file, dir),
    };
  })(),
  { ...oracleCase("T2"), name: "imported area (T2)", build: importedArea },
  // The oracle's T2 figures: the cleared rows held nothing typed (MIX-05 was never filled, VAC stays unfilled).
  {
    ...oracleCase("T2"),
    name: "rows cleared whole (T2)",
    unfilled: ["VAC-02"],
    build: rowsClearedWhole,
  },
];

const isSemesterCutoff = (cutoff: OracleCutoff): boolean => cutoff === "T2" || cutoff === "T4";
const VIEWS = [
  "pane Semáforo",
  "semaphore --json",
  "Resumen (LibreOffice)",
  "Tablero",
  "Matriz",
  "pane Informe",
  "Informe sheet",
  "Informe HTML",
] as const;
type View = (typeof VIEWS)[number];
const INFORME_VIEWS: View[] = ["pane Informe", "Informe sheet", "Informe HTML"];
const viewsOf = (testCase: Case): View[] =>
  VIEWS.filter((view) => isSemesterCutoff(testCase.cutoff) || !INFORME_VIEWS.includes(view));
const PAIRS = CASES.flatMap((testCase) => viewsOf(testCase).map((view) => ({ testCase, view })));

// ---- reading each view ----------------------------------------------------------------------------------------

const BAND_BY_WORD = new Map(BANDS.map((band) => [bandMessages.es[band], band]));
const WORDS = BANDS.map((band) => bandMessages.es[band]).join("|");
const bandOfWord = (word: unknown): Band =>
  BAND_BY_WORD.get(String(word)) ?? (`not a band: ${String(word)}` as Band);
/** "82,5%" or "82,5 %" → 0.825; "-10,0 %" (or with the minus sign U+2212) → -0.1. */
const percentOfText = (text: string | undefined): number | null =>
  text === undefined || text === "—" || text === ""
    ? null
    : atShownPrecision(
        Number(text.replace(/\s|%/g, "").replace("\u2212", "-").replace(",", ".")) / 100
      );
const leftOutIn = (text: string, pattern: RegExp): number => {
  const match = pattern.exec(text);
  return match ? (match[1] === undefined ? 1 : Number(match[1])) : 0;
};
const NAME_OF = new Map(
  ORACLE_TEMPLATE.macroprocesses.flatMap((m) => m.areas.map((a) => [a.code, a.name]))
);
const CODE_OF_NAME = new Map([...NAME_OF].map(([code, name]) => [name, code]));

/** "Verde 82,5%" at the start of `text` → band and figure. */
function badge(text: string): { band: Band; compliance: number | null } {
  const match = new RegExp(`^(${WORDS})(?: ([-\u2212]?[\\d.,]+\\s?%))?`).exec(text.trim());
  if (!match) throw new Error(`No band in “${text}”`);
  return { band: bandOfWord(match[1]), compliance: percentOfText(match[2]) };
}

const PANE_LEFT_OUT = /(?:(\d+) filas|1 fila) con errores qued/;

async function paneSemaforo(file: string, cutoff: OracleCutoff): Promise<ViewFigures> {
  const operations = bindOperations(new FileHost({ input: file }));
  const view = renderPane(
    <SemaforoFlow operations={operations} periodLabels={[...ORACLE_CUTOFFS]} cutoff={cutoff} />
  );
  try {
    const institution = await screen.findByRole("region", { name: `Institución · ${cutoff}` });
    const heading = within(institution).getByRole("heading").textContent ?? "";
    const rest = (institution.textContent ?? "").slice(heading.length);
    const areas = new Map<string, Shown>();
    for (const item of within(screen.getByRole("region", { name: "Áreas" })).getAllByRole(
      "listitem"
    )) {
      const text = item.textContent ?? "";
      const code = [...NAME_OF].find(([, name]) => text.startsWith(`${name} `))?.[0];
      if (!code) throw new Error(`No area in “${text}”`);
      const shown = badge(text.slice(NAME_OF.get(code)!.length + 1));
      areas.set(code, { ...shown, leftOut: leftOutIn(text, PANE_LEFT_OUT) });
    }
    return {
      areas,
      institution: { ...badge(rest), leftOut: leftOutIn(rest, PANE_LEFT_OUT) },
    };
  } finally {
    view.unmount();
  }
}

async function paneInforme(file: string, out: string, semester: 1 | 2): Promise<ViewFigures> {
  const operations = bindOperations(new FileHost({ input: file, output: out, force: true }));
  const view = renderPane(
    <InformeFlow
      operations={operations}
      periodLabels={[...ORACLE_CUTOFFS]}
      downloadsBlocked={false}
      today={() => TODAY}
      download={() => undefined}
    />
  );
  try {
    if (semester === 2) fireEvent.click(screen.getByRole("radio", { name: /^II semestre/ }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Crear la hoja Informe" }));
    });
    await screen.findByText(`Hoja «Informe» creada para el semestre ${semester}.`);
    const sections = await screen.findAllByRole("region", { name: "Informe" });
    const section = sections[sections.length - 1];
    // The flow shows the institution only, with no count of rows left out.
    return {
      areas: new Map(),
      institution: { ...badge(section.textContent ?? ""), leftOut: null },
    };
  } finally {
    view.unmount();
  }
}

type JsonLevel = { code?: string; compliance: number | null; band: Band; rows_with_errors: number };

async function semaphoreJson(file: string): Promise<ViewFigures> {
  const run = await cli("semaphore", file, "--json");
  const json = JSON.parse(run.stdout) as { areas: JsonLevel[]; institution: JsonLevel };
  const shown = (level: JsonLevel): Shown => ({
    compliance: atShownPrecision(level.compliance),
    band: level.band,
    leftOut: level.rows_with_errors,
  });
  return {
    areas: new Map(json.areas.map((area) => [area.code!, shown(area)])),
    institution: shown(json.institution),
  };
}

const resultOf = (cell: ExcelJS.Cell): unknown => {
  const value = cell.value;
  return value !== null && typeof value === "object" && "formula" in value ? cell.result : value;
};
const numberOrNull = (value: unknown): number | null =>
  typeof value === "number" ? atShownPrecision(value) : null;

function resumen(workbook: ExcelJS.Workbook): ViewFigures {
  const sheet = workbook.getWorksheet("Resumen")!;
  const layout = layoutSummarySheet(ORACLE_TEMPLATE);
  const level = (row: number): Shown => ({
    compliance: numberOrNull(resultOf(sheet.getRow(row).getCell(SUMMARY_COLUMN.compliance))),
    band: bandOfWord(resultOf(sheet.getRow(row).getCell(SUMMARY_COLUMN.band))),
    leftOut: resultOf(sheet.getRow(row).getCell(SUMMARY_COLUMN.rowsWithErrors)) as number,
  });
  return {
    areas: new Map([...layout.areaRows].map(([code, row]) => [code, level(row)])),
    institution: level(layout.institutionRow),
  };
}

function tablero(workbook: ExcelJS.Workbook): ViewFigures {
  const sheet = workbook.getWorksheet("Tablero")!;
  const areas = new Map<string, Shown>();
  for (let row = 4; row < 4 + NAME_OF.size; row++) {
    const cells = sheet.getRow(row);
    const code = CODE_OF_NAME.get(String(resultOf(cells.getCell(1))));
    if (!code) throw new Error(`Tablero row ${row} names no area`);
    areas.set(code, {
      compliance: numberOrNull(resultOf(cells.getCell(3))),
      band: bandOfWord(resultOf(cells.getCell(4))),
      leftOut: null,
    });
  }
  // Tablero shows areas only: the institution figure is Resumen's.
  return { areas, institution: { compliance: null, band: "con-errores", leftOut: null } };
}

function matriz(workbook: ExcelJS.Workbook): ViewFigures {
  const sheet = workbook.getWorksheet("Matriz")!;
  let headerRow = 1;
  while (resultOf(sheet.getRow(headerRow).getCell(3)) !== HEADERS.id && headerRow < 20) headerRow++;
  const headers: string[] = [];
  sheet.getRow(headerRow).eachCell((cell, column) => (headers[column] = String(cell.value)));
  const column = (header: string): number => headers.indexOf(header);
  const rows = new Map<string, [number | null, Band]>();
  for (let row = headerRow + 1; row <= sheet.rowCount; row++) {
    const cells = sheet.getRow(row);
    const id = resultOf(cells.getCell(column(HEADERS.id)));
    if (typeof id !== "string" || id === "") continue;
    rows.set(id, [
      numberOrNull(resultOf(cells.getCell(column(HEADERS.compliance)))),
      bandOfWord(resultOf(cells.getCell(column(HEADERS.semaphore)))),
    ]);
  }
  return {
    areas: new Map(),
    institution: { compliance: null, band: "con-errores", leftOut: null },
    rows,
  };
}

const INFORME_LEFT_OUT = /(\d+) filas? excluidas? por errores/;

/** "3.1 Dirección Jurídica" (the informe names areas by section and name, never by code) → the area's code. */
const codeOfLabel = (label: string): string | undefined =>
  [...NAME_OF].find(([, name]) => label === name || label.endsWith(` ${name}`))?.[0];

/**
 * The informe's annex (its full semáforo table): one row per institution, macroprocess and area — name (columns
 * A–B), level (C), what the figure stands on with the rows left out (D–E), % Cumplimiento (F), Semáforo (G).
 */
function informeSheet(workbook: ExcelJS.Workbook): ViewFigures {
  const sheet = workbook.getWorksheet("Informe")!;
  const areas = new Map<string, Shown>();
  let institution: Shown | null = null;
  sheet.eachRow((row) => {
    // ExcelJS reads a merged cell as its master's value: the trend's "Institución" spans A–E, so C would echo it.
    const levelCell = row.getCell(3);
    const level = levelCell.master.address === levelCell.address ? resultOf(levelCell) : null;
    const shown = (): Shown => ({
      compliance: numberOrNull(resultOf(row.getCell(6))),
      band: bandOfWord(resultOf(row.getCell(7))),
      leftOut: leftOutIn(String(resultOf(row.getCell(4)) ?? ""), INFORME_LEFT_OUT),
    });
    const code = codeOfLabel(String(resultOf(row.getCell(1))));
    if (level === "Área" && code && !areas.has(code)) areas.set(code, shown());
    if (level === "Institución" && institution === null) institution = shown();
  });
  if (!institution) throw new Error("No institution row in Informe");
  return { areas, institution };
}

function informeHtml(html: string): ViewFigures {
  // The annex's rows: name, level, what the figure stands on, % Cumplimiento, Semáforo.
  const rowsOf = (level: string): string[][] =>
    [...html.matchAll(/<tr>(.*?)<\/tr>/g)]
      .map((match) => [...match[1].matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((cell) => cell[1]))
      .filter((cells) => cells.length === 5 && cells[1] === level);
  const shown = (cells: string[]): Shown => ({
    compliance: atShownPrecision(percentOfText(cells[3].replace(/&nbsp;|\u00a0/g, " "))),
    band: (/band band-([a-z-]+)/.exec(cells[4])?.[1] ?? "none") as Band,
    leftOut: leftOutIn(cells[2], INFORME_LEFT_OUT),
  });
  return {
    areas: new Map(
      rowsOf("Área").flatMap((cells) => {
        const code = codeOfLabel(cells[0]);
        return code ? [[code, shown(cells)] as const] : [];
      })
    ),
    institution: shown(rowsOf("Institución")[0]),
  };
}

// ---- running every view over every case -----------------------------------------------------------------------

const dir = testOutputDir("parity");
const results = new Map<string, ViewFigures>();
const key = (testCase: Case, view: View): string => `${testCase.name}\u0000${view}`;

beforeAll(async () => {
  const oracleFiles = await writeOracleWorkbooks(dir);
  const fileOf = (cutoff: OracleCutoff): string => oracleFiles[ORACLE_CUTOFFS.indexOf(cutoff)];
  const forLibreOffice: { testCase: Case; file: string }[] = [];
  for (const [index, testCase] of CASES.entries()) {
    const file = await testCase.build(fileOf(testCase.cutoff), dir);
    results.set(key(testCase, "pane Semáforo"), await paneSemaforo(file, testCase.cutoff));
    results.set(key(testCase, "semaphore --json"), await semaphoreJson(file));
    const consolidated = path.join(dir, `case-${index}-consolidated.xlsx`);
    await consolidate(new FileHost({ input: file, output: consolidated }), {
      imports: [],
      today: TODAY,
    });
    let forSheets = consolidated;
    if (isSemesterCutoff(testCase.cutoff)) {
      const semester = testCase.cutoff === "T2" ? 1 : 2;
      const paneOut = path.join(dir, `case-${index}-pane-informe.xlsx`);
      results.set(
        key(testCase, "pane Informe"),
        await paneInforme(consolidated, paneOut, semester)
      );
      forSheets = path.join(dir, `case-${index}-informe.xlsx`);
      await report(new FileHost({ input: consolidated, output: forSheets }), {
        semester,
        language: "es",
        output: "sheet",
        today: TODAY,
      });
      const html = await report(new FileHost({ input: consolidated }), {
        semester,
        language: "es",
        output: "html",
        today: TODAY,
      });
      results.set(key(testCase, "Informe HTML"), informeHtml(html.html!));
    } else {
      copyFileSync(consolidated, path.join(dir, `case-${index}-informe.xlsx`));
      forSheets = path.join(dir, `case-${index}-informe.xlsx`);
    }
    forLibreOffice.push({ testCase, file: forSheets });
  }
  // One soffice call for every case.
  // Ten minutes at most: the machine is shared, and one call converts every case.
  const recalculated = convertWithLibreOffice(
    forLibreOffice.map(({ file }) => file),
    path.join(dir, "recalculated"),
    "xlsx",
    { timeoutMs: 600_000 }
  );
  for (const [index, { testCase }] of forLibreOffice.entries()) {
    const workbook = await loadWorkbook(recalculated[index]);
    results.set(key(testCase, "Resumen (LibreOffice)"), resumen(workbook));
    results.set(key(testCase, "Tablero"), tablero(workbook));
    results.set(key(testCase, "Matriz"), matriz(workbook));
    if (isSemesterCutoff(testCase.cutoff))
      results.set(key(testCase, "Informe sheet"), informeSheet(workbook));
  }
}, 900_000);

const expectedShown = (figure: LevelFigure, showsLeftOut: boolean): Shown => ({
  compliance: atShownPrecision(figure[0]),
  band: figure[1],
  leftOut: showsLeftOut ? figure[2] : null,
});

describe(`${CASES.length} cases × ${VIEWS.length} views (${PAIRS.length} pairs): the same figure, band and rows left out`, () => {
  it.each(
    PAIRS.map(({ testCase, view }) => [`${testCase.name} · ${view}`, testCase, view] as const)
  )("%s", (_, testCase, view) => {
    const shown = results.get(key(testCase, view));
    expect(shown).toBeDefined();
    const { areas, institution, rows } = shown!;
    if (view === "Matriz") {
      // The oracle's rows, and the rows left as generated: Sin diligenciar.
      const unfilled = testCase.unfilled.map((id) => [id, [null, "sin-diligenciar"]]);
      expect(Object.fromEntries(rows!)).toEqual({
        ...Object.fromEntries(
          Object.entries(testCase.rows).map(([id, [compliance, band]]) => [
            id,
            [atShownPrecision(compliance), band],
          ])
        ),
        ...Object.fromEntries(unfilled),
      });
      return;
    }
    const showsLeftOut = view !== "Tablero" && view !== "pane Informe";
    if (view !== "pane Informe")
      expect(Object.fromEntries(areas)).toEqual(
        Object.fromEntries(
          Object.entries(testCase.areas).map(([code, figure]) => [
            code,
            expectedShown(figure, showsLeftOut),
          ])
        )
      );
    if (view !== "Tablero")
      expect(institution).toEqual(expectedShown(testCase.institution, showsLeftOut));
  });
});
