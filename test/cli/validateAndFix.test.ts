/**
 * The round trip a planning office lives every quarter: `validate --json` finds what a user broke, each issue at
 * its cell, fixes offered where SPEC §4 says so; `fix` repairs exactly those and leaves every other cell as it was.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { dateSerial } from "../../src/core/workbook/dateSerial";
import { cellsOf, inspectWithOpenpyxl } from "../support/openpyxl";
import { sampleTemplate } from "../support/sampleTemplate";
import { filledPlanWorkbook, validRow } from "../support/filledPlan";
import { findAreaTable } from "../support/fillArea";
import { testOutputDir } from "../support/tempDir";
import { cli } from "../support/runCli";
import { changedEntries, zipEntries } from "../support/zipEntries";

type JsonIssue = {
  severity: string;
  code: string;
  sheet: string;
  area: string;
  row: number;
  column: string;
  cell: string;
  value: unknown;
  message: string;
  fix?: unknown;
};

const dir = testOutputDir("validate-fix");
const broken = path.join(dir, "broken.xlsx");
const fixed = path.join(dir, "fixed.xlsx");

const percentRow = {
  [HEADERS.unit]: "Porcentaje",
  [HEADERS.goal]: 1,
  "Programado T1": 0.8,
  "Programado T2": 0.9,
  "Programado T3": 1,
  "Programado T4": 1,
  "Ejecutado T1": "80%", // typed as text
};

beforeAll(async () => {
  const workbook = await filledPlanWorkbook(sampleTemplate(), {
    DJ: [
      validRow("Mapear el litigio", [1, null, null, null], { [HEADERS.weight]: 0.5 }),
      validRow("Asesorar", [1, null, null, null], {
        [HEADERS.weight]: 0.4,
        [HEADERS.startDate]: { date: dateSerial(2020, 3, 1) },
      }),
    ],
    SGR: [validRow("Acompañar proyectos", [0.8, null, null, null], percentRow)],
  });
  // A user pastes values over the computed columns of DJ's first row.
  const { sheet, headerRow, headers } = findAreaTable(workbook, "DJ");
  const at = (header: string): ExcelJS.Cell =>
    sheet.getRow(headerRow + 1).getCell(headers.indexOf(header) + 1);
  at(HEADERS.programmedToDate).value = 1;
  at(HEADERS.compliance).value = 0.75;
  await workbook.xlsx.writeFile(broken);
});

describe("validate --json then fix", () => {
  let issues: JsonIssue[];

  beforeAll(async () => {
    const run = await cli("validate", broken, "--json");
    expect(run.code).toBe(1);
    issues = JSON.parse(run.stdout).issues;
  });

  const find = (code: string, cell: string): JsonIssue | undefined =>
    issues.find((issue) => issue.code === code && issue.cell === cell);

  it("reports the pasted-over computed cells with a fix that restores the formula", () => {
    for (const cell of ["AB8", "AD8"]) {
      expect(find("formula.overwritten", cell)).toMatchObject({
        severity: "error",
        area: "DJ",
        row: 8,
        sheet: "3.1 Dirección Jurídica",
        fix: { cell, value: { formula: expect.stringContaining("8") } },
      });
    }
    expect(find("formula.overwritten", "AB9")).toBeUndefined();
  });

  it("reports 80% typed as text with a fix to the number 0.8", () => {
    expect(find("number.asText", "P8")).toMatchObject({
      severity: "error",
      area: "SGR",
      column: "Ejecutado T1",
      value: "80%",
      fix: { cell: "P8", value: 0.8 },
    });
  });

  it("reports the 2020 date without a fix (nobody can guess the right one)", () => {
    const issue = find("date.outsideYear", "V9");
    expect(issue).toMatchObject({ severity: "error", area: "DJ", column: "Fecha inicio" });
    expect(issue?.fix).toBeUndefined();
    expect(issue?.message).toMatch(/2021/);
  });

  it("reports DJ's weights at 90 %", () => {
    const issue = issues.find((candidate) => candidate.code === "weights.notHundred");
    expect(issue).toMatchObject({ severity: "error", area: "DJ", column: "Ponderación" });
    expect(issue?.message).toMatch(/90/);
  });

  it("fix removes exactly the fixable issues and changes no other cell", async () => {
    const run = await cli("fix", broken, "--out", fixed);
    expect(run.stdout).toContain("P8");
    const after = JSON.parse((await cli("validate", fixed, "--json")).stdout).issues as JsonIssue[];
    const key = (issue: JsonIssue): string => `${issue.code} ${issue.cell}`;
    const fixable = issues.filter((issue) => issue.fix).map(key);
    expect(fixable.sort()).toEqual([
      "formula.overwritten AB8",
      "formula.overwritten AD8",
      "number.asText P8",
    ]);
    expect(after.map(key).sort()).toEqual(
      issues
        .filter((issue) => !issue.fix)
        .map(key)
        .sort()
    );

    const before = inspectWithOpenpyxl(broken);
    const repaired = inspectWithOpenpyxl(fixed);
    expect(repaired.sheets.map((sheet) => sheet.name)).toEqual(
      before.sheets.map((sheet) => sheet.name)
    );
    const changed: string[] = [];
    for (const sheet of before.sheets) {
      const old = cellsOf(sheet);
      const now = cellsOf(repaired.sheets.find((candidate) => candidate.name === sheet.name)!);
      for (const address of new Set([...old.keys(), ...now.keys()])) {
        if (JSON.stringify(old.get(address)) !== JSON.stringify(now.get(address)))
          changed.push(`${sheet.name}!${address}`);
      }
      expect(now.size).toBe(old.size);
    }
    expect(changed.sort()).toEqual([
      "3.1 Dirección Jurídica!AB8",
      "3.1 Dirección Jurídica!AD8",
      "3.1.1 Sistema General Regalías!P8",
    ]);
    const legal = cellsOf(
      repaired.sheets.find((sheet) => sheet.name === "3.1 Dirección Jurídica")!
    );
    expect(String(legal.get("AB8")?.value)).toMatch(/^=IF\(H8="Porcentaje"/);
    expect(
      cellsOf(
        repaired.sheets.find((sheet) => sheet.name === "3.1.1 Sistema General Regalías")!
      ).get("P8")
    ).toMatchObject({ value: 0.8, dataType: "n" });
  });

  it("fix rewrites only the rows it repairs: every other part and every other row keep their bytes", () => {
    const sheets = Object.values(zipEntries(broken).sheets);
    const before = zipEntries(broken, sheets).entries;
    const after = zipEntries(fixed, sheets).entries;
    const changed = changedEntries(before, after);
    // The two tabs holding a fixed cell (DJ's AB8/AD8 and SGR's P8), nothing else: not even the package index.
    expect(changed).toHaveLength(2);
    for (const part of changed) {
      expect(part).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
      expect(after[part].outsideRows).toBe(before[part].outsideRows);
      const rows = Object.keys(before[part].rows ?? {});
      expect(Object.keys(after[part].rows ?? {})).toEqual(rows);
      expect(rows.filter((row) => before[part].rows?.[row] !== after[part].rows?.[row])).toEqual([
        "8",
      ]);
    }
  });
});
