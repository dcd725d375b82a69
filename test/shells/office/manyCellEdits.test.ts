/**
 * Cell edits outside the sheets a patch rewrites, by the tens of thousands (an upgrade that moves every formula of a
 * user's sheet pointing into a rebuilt tab). Each edit used to be read as its own three-row range in one request:
 * 30,000 of them made a 6.4 MB request, which Excel on the web refuses past 5 MB, so the upgrade failed. The strict
 * fake refuses such a request as Excel does. Edits now share a block with the edits at most two rows from them, and
 * blocks apart are read a bounded number to a request.
 * By hand: in "Mi hoja", A holds 30-character texts and B `=A{r}&"x"`; the edits write `=C{r}` into B.
 */
import { CellEdit } from "../../../src/core/workbook/WorkbookPatch";
import { editBlocksOf } from "../../../src/shells/office/editBlocks";
import { officeHost } from "./support";

jest.setTimeout(300_000);

const MINE = "Mi hoja";
const ROWS = 30_000;
const MB = 1024 * 1024;
const textOf = (row: number): string => `fila ${String(row).padStart(6, "0")} de mi hoja xxxxx`;

/** A fake holding "Mi hoja" with `ROWS` rows: texts in A, formulas in B (typed in requests under 5 MB). */
async function sheetWithFormulas(rows = ROWS) {
  const { excel, host } = officeHost();
  await excel.run(async (context) => {
    context.workbook.worksheets.add(MINE);
    await context.sync();
  });
  for (let start = 0; start < rows; start += 5000)
    await excel.run(async (context) => {
      const mine = context.workbook.worksheets.getItem(MINE);
      const block = Array.from(
        { length: Math.min(5000, rows - start) },
        (_, index) => start + index + 1
      );
      mine.getRangeByIndexes(start, 0, block.length, 2).formulas = block.map((row) => [
        textOf(row),
        `=A${row}&"x"`,
      ]);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    });
  excel.resetCounters();
  return { excel, host };
}

const editsAt = (rows: number[]): CellEdit[] =>
  rows.map((row) => ({ sheet: MINE, cell: `B${row}`, value: { formula: `C${row}` } }));

const rowsUpTo = (last: number): number[] => Array.from({ length: last }, (_, index) => index + 1);
const everyRow = rowsUpTo(ROWS);
const everyThird = everyRow.filter((row) => row % 3 === 0);
/** 27,000 edits three rows apart: 27,000 blocks, read one range each (≈ 5.7 MB in one request before the fix). */
const APART_ROWS = 81_000;
const everyThirdOfMore = rowsUpTo(APART_ROWS).filter((row) => row % 3 === 0);

test("edits at most two rows apart share a block with a row either side; blocks apart stay apart", () => {
  const blocks = editBlocksOf(
    editsAt([1, 2, 5, 8, 9, 1_048_576]).concat({ sheet: MINE, cell: "D5", value: 1 })
  );
  expect(
    blocks.map(({ column, top, rows, edits }) => [column, top, rows, [...edits.keys()]])
  ).toEqual([
    [2, 1, 3, [1, 2]],
    [2, 4, 3, [5]],
    [2, 7, 4, [8, 9]],
    [2, 1_048_574, 3, [1_048_576]],
    [4, 4, 3, [5]],
  ]);
});

test.each([
  ["30,000 rows edited at every row (one block)", ROWS, everyRow],
  ["81,000 rows edited at every third row (27,000 blocks apart)", APART_ROWS, everyThirdOfMore],
])("writes a user's sheet of %s, in requests under 5 MB", async (_, rows, edited) => {
  const { excel, host } = await sheetWithFormulas(rows);
  await host.applyPatch({ sheets: [], definedNames: [], edits: editsAt(edited) });
  const mine = excel.sheet(MINE);
  const isEdited = new Set(edited);
  for (const row of [1, 2, 3, 4, 5, 8, 9999, 10000, rows - 1, rows]) {
    expect(mine.cell(row - 1, 1)?.f).toBe(isEdited.has(row) ? `=C${row}` : `=A${row}&"x"`);
    expect(mine.cell(row - 1, 0)?.v).toBe(textOf(row));
  }
  expect(rowsUpTo(rows).filter((row) => mine.cell(row - 1, 1)?.f === `=C${row}`)).toEqual(edited);
  expect(excel.largestRequestBytes).toBeLessThan(5 * MB);
  expect(excel.largestResponseBytes).toBeLessThan(5 * MB);
});

test("a write that fails after the edits puts every edited block back as it was", async () => {
  const { excel, host } = await sheetWithFormulas();
  const patch = { sheets: [], definedNames: [], edits: editsAt(everyThird) };
  // The same patch on a twin workbook tells how many requests the write takes; the last one fails here, after all
  // of its commands ran.
  const twin = await sheetWithFormulas();
  await twin.host.applyPatch(patch);
  excel.failAtSync(twin.excel.syncCount, 1);
  await expect(host.applyPatch(patch)).rejects.toThrow();
  const mine = excel.sheet(MINE);
  expect(everyRow.filter((row) => mine.cell(row - 1, 1)?.f !== `=A${row}&"x"`)).toEqual([]);
  expect(mine.cell(ROWS - 1, 0)?.v).toBe(textOf(ROWS));
});
