/**
 * The low-memory package reader sees what the ExcelJS shell sees: over the whole bad-input corpus (every kind of
 * cell value users leave: numbers and dates as text, errors, formulas with and without cached results, blanks,
 * renamed tabs, missing tables) as ExcelJS wrote it and as LibreOffice saved it again, the two snapshots are equal.
 * One thing ExcelJS cannot see: a formula whose saved result is the empty text (`t="str"`, `<v></v>`, as LibreOffice
 * saves `IF(…,"")`) has no result for ExcelJS, as a formula never calculated has none; the package reader tells the
 * two apart (empty text with its formula, against `isUncalculated`), so that comparison reads both as ExcelJS does.
 */
import { withoutNamesAndCharts } from "../../support/withoutNamesAndCharts";
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

/** `snapshot` as ExcelJS would give it: a formula's empty-text result read as no result (see above). */
function withoutEmptyTextResults(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyTextResults);
  if (value === null || typeof value !== "object") return value;
  const cell = value as { kind?: unknown; value?: unknown; formula?: unknown };
  if (cell.kind === "text" && cell.value === "" && typeof cell.formula === "string")
    return { kind: "empty", formula: cell.formula };
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, withoutEmptyTextResults(inner)])
  );
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
      expect([
        path.basename(file),
        withoutNamesAndCharts(await readSnapshotFromFile(file)),
      ]).toEqual([path.basename(file), await throughExcelJs(file)]);
  });

  it("reads every corpus file as LibreOffice saved it exactly as the ExcelJS shell does", async () => {
    expect(resaved).toHaveLength(written.length);
    for (const file of resaved)
      expect([
        path.basename(file),
        withoutEmptyTextResults(withoutNamesAndCharts(await readSnapshotFromFile(file))),
      ]).toEqual([path.basename(file), await throughExcelJs(file)]);
  });
});
