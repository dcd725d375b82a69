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

test("a few light rows read at the end of a batch (a sheet's title rows) do not size the next block of heavy rows", async () => {
  // Limit 100,000 bytes, budget 80,000, rows first guessed at 2,600 bytes (a heavy row: 8 × 300-byte texts, their
  // quotes and 8 × "General" ≈ 2.5 KB). `Otra`'s 25 heavy rows take 65,000 of the first batch, which leaves room
  // for 5 rows of `Area`: its title rows, "x" and 7 empty cells (≈ 120 bytes). Sized from those alone, the next
  // block would take `Area`'s other 195 rows, heavy ones: ≈ 490,000 bytes, past the limit.
  const excel = new FakeExcel({ responseLimit: 100_000 });
  const heavy = "ñ".repeat(100) + "a".repeat(100);
  for (const [name, light, rows] of [
    ["Otra", 0, 25],
    ["Area", 5, 200],
  ] as const)
    await excel.run(async (context: ExcelContext) => {
      const sheet = context.workbook.worksheets.add(name);
      sheet.getRangeByIndexes(0, 0, rows, COLUMNS).values = Array.from(
        { length: rows },
        (_, row) =>
          row < light ? ["x", "", "", "", "", "", "", ""] : Array<string>(COLUMNS).fill(heavy)
      );
      // Set-up only: one sheet a run.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    });
  const before = excel.syncs.length;
  await excel.run(async (context: ExcelContext) => {
    const read = (name: string, rows: number) => ({
      rows,
      columns: COLUMNS,
      properties: ["formulas", "numberFormat"],
      bytesPerRow: 2_600,
      slice: (start: number, count: number) =>
        context.workbook.worksheets
          .getItem(name)
          .getRangeByIndexes(start, 0, count, COLUMNS)
          .load(["formulas", "numberFormat"]),
    });
    await readInBlocks(context, [read("Otra", 25), read("Area", 200)], 80_000);
  });
  const largest = excel.syncs
    .slice(before)
    .reduce((max, sync) => Math.max(max, sync.responseBytes), 0);
  expect(largest).toBeLessThan(100_000);
});
