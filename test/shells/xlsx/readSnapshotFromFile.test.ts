/**
 * The low-memory package reader sees what the ExcelJS shell sees: over the whole bad-input corpus (every kind of
 * cell value users leave: numbers and dates as text, errors, formulas with and without cached results, blanks,
 * renamed tabs, missing tables) as ExcelJS wrote it and as LibreOffice saved it again, the two snapshots are equal.
 */
import ExcelJS from "exceljs";
import path from "node:path";
import { WorkbookSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";
import { readSnapshotFromFile } from "../../../src/shells/xlsx/package/read/readSnapshotFromFile";
import { readSnapshot } from "../../support/exceljs/readSnapshot";
import { badInputCorpusFiles } from "../../fixtures/badInput/badInputCorpusFiles";

async function throughExcelJs(file: string): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return readSnapshot(workbook);
}

let written: string[];
let resaved: string[];

beforeAll(async () => {
  // Shared with badInputCorpusLibreOffice.test.ts: built and saved again by LibreOffice once per run.
  ({ written, resaved } = await badInputCorpusFiles());
}, 240_000);

describe("readSnapshotFromFile", () => {
  it("reads every corpus file as ExcelJS wrote it exactly as the ExcelJS shell does", async () => {
    expect(written.length).toBeGreaterThan(40);
    for (const file of written)
      expect([path.basename(file), await readSnapshotFromFile(file)]).toEqual([
        path.basename(file),
        await throughExcelJs(file),
      ]);
  });

  it("reads every corpus file as LibreOffice saved it exactly as the ExcelJS shell does", async () => {
    expect(resaved).toHaveLength(written.length);
    for (const file of resaved)
      expect([path.basename(file), await readSnapshotFromFile(file)]).toEqual([
        path.basename(file),
        await throughExcelJs(file),
      ]);
  });
});
