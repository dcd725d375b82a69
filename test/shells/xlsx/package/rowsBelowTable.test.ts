/**
 * Rows typed under an area's table that did not grow (test/support/rowsTypedBelow.ts: openpyxl leaves T_DJ's `ref`
 * as it was) are read by the package reader as `filledBelow`, the smallest rectangle of the cells there holding a
 * value or a formula, within the table's columns only — a blank row between does not matter, a styled empty cell and
 * a note right of the table's last column do not count. A table with nothing below has none.
 */
import { readSnapshotFromFile } from "../../../../src/shells/xlsx/package/read/readSnapshotFromFile";
import { writeRowsTypedBelow } from "../../../support/rowsTypedBelow";
import { testOutputDir } from "../../../support/tempDir";

let files: { plan: string; typed: string };

beforeAll(async () => {
  files = await writeRowsTypedBelow(testOutputDir("rows-below-table"));
}, 60_000);

describe("the package reader, on rows typed below a table", () => {
  it("reads B11:K13 as filled below T_DJ, and the table's rows as they were", async () => {
    const snapshot = await readSnapshotFromFile(files.typed);
    const dj = snapshot.tables.find((table) => table.name === "T_DJ");
    expect(dj?.filledBelow).toEqual({ top: 11, left: 2, bottom: 13, right: 11 });
    expect(dj?.rows).toHaveLength(2);
    expect(snapshot.tables.find((table) => table.name === "T_SGR")?.filledBelow).toBeUndefined();
  });

  it("reads nothing below any table of the plan as generated and filled", async () => {
    const snapshot = await readSnapshotFromFile(files.plan);
    expect(snapshot.tables.filter((table) => table.filledBelow)).toEqual([]);
  });
});
