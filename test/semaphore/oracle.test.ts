/**
 * The hand-computed oracle (test/fixtures/oracle/oracleCases.ts) against the three places a figure comes from:
 * the core (reading the file as the CLI does), `semaphore --json`, and LibreOffice's recalculation of the
 * workbook's own live formulas (area tables and `Resumen`). Each expected figure is one test per engine. It
 * replaces the former comparison of the formulas with the core, two implementations written to mirror each other.
 */
import ExcelJS from "exceljs";
import path from "node:path";
import { readPlan } from "../../src/core/plan/readPlan";
import { computeSemaphore } from "../../src/core/semaphore/computeSemaphore";
import { Band } from "../../src/core/semaphore/Band";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { SUMMARY_COLUMN, layoutSummarySheet } from "../../src/core/workbook/layout/summarySheet";
import { FileHost } from "../../src/shells/xlsx/FileHost";
import { loadWorkbook } from "../support/exceljs/workbookFile";
import { bandOfLabel, numberIn, resultOf } from "../support/exceljs/recalculatedCells";
import { cli } from "../support/runCli";
import { recalculateWithLibreOffice } from "../support/libreoffice";
import { testOutputDir } from "../support/tempDir";
import { findAreaTable } from "../support/fillArea";
import { writeOracleWorkbooks } from "../fixtures/oracle/buildOracleWorkbooks";
import {
  LevelFigure,
  ORACLE_AREAS,
  ORACLE_CUTOFFS,
  ORACLE_INSTITUTION,
  ORACLE_MACROPROCESSES,
  ORACLE_OVER_EXECUTED,
  ORACLE_ROWS,
  ORACLE_TEMPLATE,
  OracleCutoff,
  RowFigure,
  oracleCaseCount,
} from "../fixtures/oracle/oracleCases";

/** What one engine shows at one cut-off; a number the engine shows as an error value is null. */
type View = {
  rows: Map<string, RowFigure>;
  overExecuted?: string[];
  areas: Map<string, LevelFigure>;
  macroprocesses: Map<string, LevelFigure>;
  institution: LevelFigure;
};

type OracleCase =
  | { name: string; cutoff: OracleCutoff; level: "row"; key: string; expected: RowFigure }
  | {
      name: string;
      cutoff: OracleCutoff;
      level: "area" | "macroprocess" | "institution";
      key: string;
      expected: LevelFigure;
    };

const CASES: OracleCase[] = ORACLE_CUTOFFS.flatMap((cutoff): OracleCase[] => [
  ...Object.values(ORACLE_ROWS)
    .flat()
    .map((row): OracleCase => ({
      name: `${cutoff} row ${row.id}`,
      cutoff,
      level: "row",
      key: row.id,
      expected: row.expected[cutoff],
    })),
  ...Object.entries(ORACLE_AREAS).map(([code, figures]): OracleCase => ({
    name: `${cutoff} area ${code}`,
    cutoff,
    level: "area",
    key: code,
    expected: figures[cutoff],
  })),
  ...Object.entries(ORACLE_MACROPROCESSES).map(([code, figures]): OracleCase => ({
    name: `${cutoff} macroprocess ${code}`,
    cutoff,
    level: "macroprocess",
    key: code,
    expected: figures[cutoff],
  })),
  {
    name: `${cutoff} institution`,
    cutoff,
    level: "institution",
    key: "",
    expected: ORACLE_INSTITUTION[cutoff],
  },
]);

const figure = (value: number | null): unknown =>
  value === null ? null : expect.closeTo(value, 9);

function checkCase(view: View, testCase: OracleCase): void {
  if (testCase.level === "row") {
    const [programmed, executed, compliance, band] = testCase.expected;
    const actual = view.rows.get(testCase.key);
    expect(actual).toBeDefined();
    const [p, e, c, b] = actual!;
    // An error value on the sheet (null here) is what a row "Con errores" may show for its sums.
    const sum = (value: number | null, expected: number): unknown =>
      value === null && band === "con-errores" ? null : figure(expected);
    expect([p, e, c, b]).toEqual([sum(p, programmed), sum(e, executed), figure(compliance), band]);
    return;
  }
  const actual =
    testCase.level === "institution"
      ? view.institution
      : (testCase.level === "area" ? view.areas : view.macroprocesses).get(testCase.key);
  expect(actual).toBeDefined();
  const [compliance, band, rowsWithErrors] = testCase.expected;
  expect(actual).toEqual([figure(compliance), band, rowsWithErrors]);
}

const MACRO_CODE = new Map(ORACLE_TEMPLATE.macroprocesses.map((m) => [m.name, m.code]));

function coreView(report: ReturnType<typeof computeSemaphore>): View {
  return {
    rows: new Map(
      report.rows.map((row) => [row.id, [row.programmed, row.executed, row.compliance, row.band]])
    ),
    overExecuted: report.rows.filter((row) => row.overExecution).map((row) => row.id),
    areas: new Map(
      report.areas.map((area) => [area.code, [area.compliance, area.band, area.rowsWithErrors]])
    ),
    macroprocesses: new Map(
      report.macroprocesses.map((m) => [m.code!, [m.compliance, m.band, m.rowsWithErrors]])
    ),
    institution: [
      report.institution.compliance,
      report.institution.band,
      report.institution.rowsWithErrors,
    ],
  };
}

type JsonLevel = { compliance: number | null; band: Band; rows_with_errors: number };
type SemaphoreJson = {
  cutoff: string;
  rows: {
    id: string;
    programmed: number;
    executed: number;
    compliance: number | null;
    band: Band;
    overExecution: boolean;
  }[];
  areas: (JsonLevel & { code: string })[];
  macroprocesses: (JsonLevel & { code: string })[];
  institution: JsonLevel;
};

function jsonView(json: SemaphoreJson): View {
  const level = (entry: JsonLevel): LevelFigure => [
    entry.compliance,
    entry.band,
    entry.rows_with_errors,
  ];
  return {
    rows: new Map(
      json.rows.map((row) => [row.id, [row.programmed, row.executed, row.compliance, row.band]])
    ),
    overExecuted: json.rows.filter((row) => row.overExecution).map((row) => row.id),
    areas: new Map(json.areas.map((area) => [area.code, level(area)])),
    macroprocesses: new Map(json.macroprocesses.map((m) => [m.code, level(m)])),
    institution: level(json.institution),
  };
}

function sheetView(workbook: ExcelJS.Workbook): View {
  const rows = new Map<string, RowFigure>();
  for (const [code, oracleRows] of Object.entries(ORACLE_ROWS)) {
    const { sheet, headerRow, headers } = findAreaTable(workbook, code);
    oracleRows.forEach((row, index) => {
      const at = (header: string): ExcelJS.Cell =>
        sheet.getRow(headerRow + 1 + index).getCell(headers.indexOf(header) + 1);
      rows.set(row.id, [
        numberIn(at(HEADERS.programmedToDate)) as number,
        numberIn(at(HEADERS.executedToDate)) as number,
        numberIn(at(HEADERS.compliance)),
        bandOfLabel(resultOf(at(HEADERS.semaphore))) as Band,
      ]);
    });
  }
  const summary = workbook.getWorksheet("Resumen")!;
  const layout = layoutSummarySheet(ORACLE_TEMPLATE);
  const level = (row: number): LevelFigure => [
    numberIn(summary.getRow(row).getCell(SUMMARY_COLUMN.compliance)),
    bandOfLabel(resultOf(summary.getRow(row).getCell(SUMMARY_COLUMN.band))) as Band,
    numberIn(summary.getRow(row).getCell(SUMMARY_COLUMN.rowsWithErrors)) as number,
  ];
  return {
    rows,
    areas: new Map([...layout.areaRows].map(([code, row]) => [code, level(row)])),
    macroprocesses: new Map([...layout.macroprocessRows].map(([code, row]) => [code, level(row)])),
    institution: level(layout.institutionRow),
  };
}

const dir = testOutputDir("oracle");
let files: Promise<string[]> | null = null;
const oracleFiles = (): Promise<string[]> => (files ??= writeOracleWorkbooks(dir));

it("holds at least 40 hand-computed cases", () => {
  expect(CASES.length).toBe(oracleCaseCount());
  expect(CASES.length).toBeGreaterThanOrEqual(40);
  expect(MACRO_CODE.size).toBe(5);
});

describe("the core, reading the file as the CLI does", () => {
  const views = new Map<OracleCutoff, View>();
  beforeAll(async () => {
    const written = await oracleFiles();
    for (const [index, cutoff] of ORACLE_CUTOFFS.entries()) {
      const plan = readPlan(await new FileHost({ input: written[index] }).readSnapshot());
      views.set(cutoff, coreView(computeSemaphore(plan, plan.config!)));
    }
  });
  it.each(CASES)("$name", (testCase) => checkCase(views.get(testCase.cutoff)!, testCase));
  it.each([...ORACLE_CUTOFFS])("flags over-execution above 120 %% at %s", (cutoff) =>
    expect(views.get(cutoff)!.overExecuted).toEqual(ORACLE_OVER_EXECUTED[cutoff])
  );
});

describe("semaphore --json", () => {
  const views = new Map<OracleCutoff, View>();
  const codes = new Map<OracleCutoff, number>();
  beforeAll(async () => {
    const written = await oracleFiles();
    for (const [index, cutoff] of ORACLE_CUTOFFS.entries()) {
      const run = await cli("semaphore", written[index], "--json");
      codes.set(cutoff, run.code);
      views.set(cutoff, jsonView(JSON.parse(run.stdout) as SemaphoreJson));
    }
  });
  it.each(CASES)("$name", (testCase) => checkCase(views.get(testCase.cutoff)!, testCase));
  it.each([...ORACLE_CUTOFFS])("exits 1 at %s: figures rest on errors", (cutoff) =>
    expect(codes.get(cutoff)).toBe(1)
  );
});

describe("LibreOffice recalculating the live formulas", () => {
  const views = new Map<OracleCutoff, View>();
  beforeAll(async () => {
    const written = await oracleFiles();
    const recalculated = recalculateWithLibreOffice(written, path.join(dir, "recalculated"));
    for (const [index, cutoff] of ORACLE_CUTOFFS.entries())
      views.set(cutoff, sheetView(await loadWorkbook(recalculated[index])));
  });
  it.each(CASES)("$name", (testCase) => checkCase(views.get(testCase.cutoff)!, testCase));
});
