/**
 * Rows typed under an area's table that did not grow (openpyxl writes them as a user's LibreOffice leaves them: the
 * table's `ref` unchanged) are read by the package reader as `filledBelow`, the smallest rectangle of the cells there
 * holding a value or a formula, within the table's columns only — a blank row between does not matter, a styled
 * empty cell and a note right of the table's last column do not count. A table with nothing below has none.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { readSnapshotFromFile } from "../../../../src/shells/xlsx/package/read/readSnapshotFromFile";
import { filledPlanWorkbook, validRow } from "../../../support/filledPlan";
import { sampleTemplate } from "../../../support/sampleTemplate";
import { testOutputDir } from "../../../support/tempDir";

const dir = testOutputDir("rows-below-table");
const plan = path.join(dir, "plan.xlsx");
const typed = path.join(dir, "typed-below.xlsx");

/**
 * T_DJ is A7:AE9 (two rows). Row 10 stays blank; row 11 gets an activity (C11) and a goal (K11), row 12 a formula
 * (B12), row 13 a goal (K13); E14 is only styled, AF12 (right of AE) a note. T_SGR (A7:AE8 on its tab) gets nothing.
 */
const TYPE_BELOW = `
import sys, openpyxl
from openpyxl.styles import PatternFill
wb = openpyxl.load_workbook(sys.argv[1])
ws = next(ws for ws in wb.worksheets if 'T_DJ' in ws.tables)
assert ws.tables['T_DJ'].ref == 'A7:AE9', ws.tables['T_DJ'].ref
ws['C11'] = 'Actividad escrita debajo'
ws['K11'] = 4
ws['B12'] = '=K11*2'
ws['K13'] = 3
ws['E14'].fill = PatternFill('solid', fgColor='FFFF00')
ws['AF12'] = 'Nota al lado'
assert ws.tables['T_DJ'].ref == 'A7:AE9'
wb.save(sys.argv[2])
`;

beforeAll(async () => {
  const workbook = await filledPlanWorkbook(sampleTemplate(), {
    DJ: [
      validRow("Mapear el litigio", [1, null, null, null]),
      validRow("Asesorar", [1, null, null, null]),
    ],
  });
  await workbook.xlsx.writeFile(plan);
  execFileSync("/usr/bin/python3", ["-W", "ignore", "-c", TYPE_BELOW, plan, typed]);
}, 60_000);

describe("the package reader, on rows typed below a table", () => {
  it("reads B11:K13 as filled below T_DJ, and the table's rows as they were", async () => {
    const snapshot = await readSnapshotFromFile(typed);
    const dj = snapshot.tables.find((table) => table.name === "T_DJ");
    expect(dj?.filledBelow).toEqual({ top: 11, left: 2, bottom: 13, right: 11 });
    expect(dj?.rows).toHaveLength(2);
    expect(snapshot.tables.find((table) => table.name === "T_SGR")?.filledBelow).toBeUndefined();
  });

  it("reads nothing below any table of the plan as generated and filled", async () => {
    const snapshot = await readSnapshotFromFile(plan);
    expect(snapshot.tables.filter((table) => table.filledBelow)).toEqual([]);
  });
});
