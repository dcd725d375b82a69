/**
 * A plan saved in the 1904 date system (`<workbookPr date1904="1"/>`, common in files made on a Mac) through
 * `fix`, `consolidate`, `import` and `upgrade`, read back with openpyxl: every date the commands write is the
 * calendar day the user typed, not 4 years and a day later (a 1900-system serial written into a 1904 workbook).
 * The input's dates are checked first, so the workbook really is 1904 and shows the typed days.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { Template } from "../../src/core/template/Template";
import { columnIndex, columnLetter } from "../../src/core/workbook/address";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { filledPlanWorkbook, validRow } from "../support/filledPlan";
import {
  cellsOf,
  inspectWithOpenpyxl,
  InspectedSheet,
  InspectedWorkbook,
  saveAsDate1904,
} from "../support/openpyxl";
import { cli } from "../support/runCli";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";

const dir = testOutputDir("date1904");
const file = (name: string): string => path.join(dir, name);
const TODAY = "2021-04-10";

/** openpyxl's reading of a date cell (inspect_xlsx.py: `{"date": isoformat}`). */
const day = (iso: string): { date: string } => ({ date: `${iso}T00:00:00` });

const sheetByTable = (workbook: InspectedWorkbook, table: string): InspectedSheet => {
  const sheet = workbook.sheets.find((candidate) => candidate.tables.some((t) => t.name === table));
  if (!sheet) throw new Error(`No table ${table}`);
  return sheet;
};

/** The table's body rows, each as header → openpyxl's value. */
function tableRows(workbook: InspectedWorkbook, name: string): Record<string, unknown>[] {
  const sheet = sheetByTable(workbook, name);
  const table = sheet.tables.find((t) => t.name === name)!;
  const [start, end] = table.ref.split(":");
  const left = columnIndex(start.replace(/\d/g, ""));
  const top = Number(start.replace(/\D/g, ""));
  const bottom = Number(end.replace(/\D/g, ""));
  const cells = cellsOf(sheet);
  const rows: Record<string, unknown>[] = [];
  for (let row = top + 1; row <= bottom; row++)
    rows.push(
      Object.fromEntries(
        table.headers.map((header, i) => [
          header,
          cells.get(`${columnLetter(left + i)}${row}`)?.value ?? null,
        ])
      )
    );
  return rows;
}

const datesOf = (workbook: InspectedWorkbook, table: string): { start: unknown; end: unknown }[] =>
  tableRows(workbook, table).map((row) => ({
    start: row[HEADERS.startDate],
    end: row[HEADERS.endDate],
  }));

/** What DJ's two rows hold as typed: two dates each, one typed as text ("15/03/2021"). */
const TYPED = [
  { start: day("2021-02-01"), end: day("2021-06-30") },
  { start: "15/03/2021", end: day("2021-11-30") },
];

beforeAll(async () => {
  process.env.PLAN_MATRIX_TODAY = TODAY;
  const template = sampleTemplate();
  const plan = await filledPlanWorkbook(template, {
    DJ: [
      validRow("Asesorar", [1, null, null, null], {
        [HEADERS.startDate]: { date: 44228 }, // 2021-02-01
        [HEADERS.endDate]: { date: 44377 }, // 2021-06-30
      }),
      validRow("Conciliar", [1, null, null, null], {
        [HEADERS.startDate]: "15/03/2021",
        [HEADERS.endDate]: { date: 44530 }, // 2021-11-30
      }),
    ],
  });
  await plan.xlsx.writeFile(file("plan1900.xlsx"));
  saveAsDate1904(file("plan1900.xlsx"), file("plan.xlsx"));
  // An empty plan in 1904, and DJ's copy filled in a 1900 workbook (as generate makes it), for `import`.
  await (await filledPlanWorkbook(template, {})).xlsx.writeFile(file("empty1900.xlsx"));
  saveAsDate1904(file("empty1900.xlsx"), file("empty.xlsx"));
  const v2: Template = {
    ...template,
    templateVersion: 2,
    extraColumns: [{ header: "Riesgo", type: "text", required: false }],
  };
  writeFileSync(file("v2.json"), JSON.stringify(v2));
});
afterAll(() => {
  delete process.env.PLAN_MATRIX_TODAY;
});

it("the input is a 1904 workbook that shows the typed days", () => {
  const input = inspectWithOpenpyxl(file("plan.xlsx"));
  expect(input.date1904).toBe(true);
  expect(datesOf(input, "T_DJ")).toEqual(TYPED);
});

it("fix writes the date typed as text as that day, and keeps the others", async () => {
  const run = await cli("fix", file("plan.xlsx"), "--out", file("fixed.xlsx"));
  expect(run.stdout).toMatch(/15 de marzo de 2021/);
  const fixed = inspectWithOpenpyxl(file("fixed.xlsx"));
  expect(fixed.date1904).toBe(true);
  expect(datesOf(fixed, "T_DJ")).toEqual([
    { start: day("2021-02-01"), end: day("2021-06-30") },
    { start: day("2021-03-15"), end: day("2021-11-30") },
  ]);
});

it("consolidate writes Matriz's dates and the run's date in Registro as those days", async () => {
  const run = await cli("consolidate", file("plan.xlsx"), "--out", file("consolidated.xlsx"));
  expect(run.stderr).toBe("");
  const output = inspectWithOpenpyxl(file("consolidated.xlsx"));
  expect(output.date1904).toBe(true);
  const matrix = tableRows(output, "T_Matriz").filter((row) => /^DJ-/.test(String(row.ID)));
  expect(matrix.map((row) => [row.ID, row[HEADERS.startDate], row[HEADERS.endDate]])).toEqual([
    ["DJ-01", day("2021-02-01"), day("2021-06-30")],
    ["DJ-02", "15/03/2021", day("2021-11-30")],
  ]);
  const log = output.sheets.find((sheet) => sheet.name === "Registro")!;
  const dates = log.cells.filter(
    (cell) => typeof cell.value === "object" && cell.value !== null && "date" in cell.value
  );
  // The run's date (B3, "Consolidado el") and the cut-off's row of T_Historial.
  expect(cellsOf(log).get("B3")?.value).toEqual(day("2021-04-10"));
  expect(dates.length).toBeGreaterThan(1);
  for (const cell of dates) expect(cell.value).toEqual(day("2021-04-10"));
});

it("import writes a 1900 area file's dates into the 1904 plan as the same days", async () => {
  const run = await cli(
    "import",
    file("empty.xlsx"),
    file("plan1900.xlsx"),
    "--out",
    file("imported.xlsx")
  );
  expect(run.stderr).toBe("");
  const output = inspectWithOpenpyxl(file("imported.xlsx"));
  expect(output.date1904).toBe(true);
  expect(datesOf(output, "T_DJ")).toEqual(TYPED);
});

it("upgrade rewrites the area tabs with their typed days and a date rule for the plan's year", async () => {
  const run = await cli(
    "upgrade",
    file("plan.xlsx"),
    "--template",
    file("v2.json"),
    "--out",
    file("upgraded.xlsx")
  );
  expect(run.stderr).toBe("");
  const output = inspectWithOpenpyxl(file("upgraded.xlsx"));
  expect(output.date1904).toBe(true);
  expect(datesOf(output, "T_DJ")).toEqual(TYPED);
  // The date columns accept 2021 only: 1 Jan 2021 is 42735 in the 1904 system (44197 − 1462), 31 Dec 43099 (44561 − 1462).
  const dateRules = sheetByTable(output, "T_DJ").validations.filter((rule) => rule.type === "date");
  expect(dateRules.length).toBe(2);
  for (const rule of dateRules) expect([rule.formula1, rule.formula2]).toEqual(["42735", "43099"]);
});
