/**
 * `readInBlocks` on a range whose rows weigh very differently down the sheet (an informe: short first pages, a
 * heavy annex). Sized from the rows read so far, the second block of heavy rows asks Excel on the web for more than
 * its 5 MB response limit; an `uneven` read samples the whole range in its first request and sizes each block from
 * the heaviest sample ahead of it, so no response reaches 5 MB.
 */
import { ExcelContext } from "../../../src/shells/office/ExcelContext";
import { readInBlocks } from "../../../src/shells/office/readInBlocks";
import { FakeExcel } from "../../fakes/excel/FakeExcel";

const FIVE_MB = 5 * 1024 * 1024;
const ROWS = 12_000;
const LIGHT_ROWS = 3_000;
const COLUMNS = 8;

/** `Informe`: rows 1–3,000 hold "x" in column A; rows 3,001–12,000 a 200-character text in each of 8 columns. */
async function unevenSheet(): Promise<FakeExcel> {
  const excel = new FakeExcel();
  const heavy = "ñ".repeat(100) + "a".repeat(100); // 300 bytes of UTF-8
  await excel.run(async (context: ExcelContext) => {
    const sheet = context.workbook.worksheets.add("Informe");
    sheet.getRangeByIndexes(0, 0, LIGHT_ROWS, 1).values = Array.from({ length: LIGHT_ROWS }, () => [
      "x",
    ]);
    await context.sync();
  });
  // The heavy rows in requests under 5 MB, one run each.
  for (let start = LIGHT_ROWS; start < ROWS; start += 1_000)
    await excel.run(async (context: ExcelContext) => {
      context.workbook.worksheets
        .getItem("Informe")
        .getRangeByIndexes(start, 0, 1_000, COLUMNS).values = Array.from({ length: 1_000 }, () =>
        Array<string>(COLUMNS).fill(heavy)
      );
      // Set-up only: 21 MB of rows cannot travel in one request under 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    });
  return excel;
}

async function readBack(excel: FakeExcel, uneven: boolean): Promise<number> {
  const before = excel.syncs.length;
  let rows = 0;
  await excel.run(async (context: ExcelContext) => {
    const sheet = context.workbook.worksheets.getItem("Informe");
    const [blocks] = await readInBlocks(context, [
      {
        rows: ROWS,
        columns: COLUMNS,
        properties: ["formulas", "numberFormat"],
        bytesPerRow: COLUMNS * 256,
        uneven,
        slice: (start, count) =>
          sheet.getRangeByIndexes(start, 0, count, COLUMNS).load(["formulas", "numberFormat"]),
      },
    ]);
    rows = blocks.reduce((sum, block) => sum + block.formulas.length, 0);
  });
  expect(rows).toBe(ROWS);
  return excel.syncs.slice(before).reduce((max, sync) => Math.max(max, sync.responseBytes), 0);
}

test("sized from the rows read so far, a block of heavier rows asks for more than 5 MB (refused, then halved)", async () => {
  expect(await readBack(await unevenSheet(), false)).toBeGreaterThan(FIVE_MB);
});

test("an uneven read sizes its blocks from samples of the whole range: every response under 5 MB", async () => {
  expect(await readBack(await unevenSheet(), true)).toBeLessThan(FIVE_MB);
});
