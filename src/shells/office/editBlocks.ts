/**
 * Cell edits outside the sheets a patch rewrites (formulas an upgrade moved on a user's own sheet, a fixed cell) as
 * blocks of rows in one column: the edited cells with a row either side, as they were. A block is read before the
 * write (the restore puts it back) and written as one 2-D range per piece.
 *
 * Why blocks, not cells: a formula written into a single cell of a table column whose other cells are empty becomes
 * a calculated column and fills the whole column (office-js#2093, #1916), while a write of three rows or more sets
 * each cell as given (office-js#5909). Why runs, not a block per edit: an upgrade that moves 30,000 formulas of a
 * user's sheet queued 30,000 three-row reads in one request — 6.4 MB, which Excel on the web refuses past 5 MB
 * (`RequestPayloadSizeLimitExceeded`, measured on the strict fake). Edits at most two rows apart (whose blocks would
 * overlap) share one block, so a column of moved formulas is one read and a few writes; blocks apart are read a bounded number to a
 * request and in response-sized batches (`readInBlocks`).
 */
import { cellAddress, parseCellAddress } from "../../core/workbook/address";
import { LAST_ROW } from "../../core/workbook/sheetLimits";
import { CellEdit } from "../../core/workbook/WorkbookPatch";
import { OperationContext } from "../../operations/OperationContext";
import { cellToExcel, ExcelCellInput } from "./cellToExcel";
import { ExcelContext } from "./ExcelContext";
import {
  COMMAND_BYTES,
  jsonBytes,
  MAX_PIECE_BYTES,
  PAYLOAD_BUDGET,
  step,
  Step,
} from "./PayloadChunks";
import { readInBlocks } from "./readInBlocks";

/** Rows a written piece has at least (see above). */
export const MIN_BLOCK_ROWS = 3;
/** Commands a block's read queues: the sheet, the range, its load. */
const READ_COMMANDS = 3;
/** Blocks read in one request at most, so that the request stays under the payload budget whatever the response. */
export const BLOCKS_PER_REQUEST = Math.floor(PAYLOAD_BUDGET / (READ_COMMANDS * COMMAND_BYTES));
/** First guess of what a cell's formula and value weigh in a response, before a block is measured. */
const GUESSED_ROW_BYTES = 256;

/** Rows `top`…`top + rows - 1` (1-based) of one column of one sheet, with the edits that fall in them by row. */
export type EditBlock = {
  sheet: string;
  column: number;
  top: number;
  rows: number;
  edits: Map<number, CellEdit>;
  /** What the rows held, read before the write: formulas and values, one row each. */
  old?: { formulas: unknown[][]; values: unknown[][] };
};

/** The edits grouped into blocks: per sheet and column, edits at most two rows apart share a block. */
export function editBlocksOf(edits: readonly CellEdit[]): EditBlock[] {
  const byColumn = new Map<
    string,
    { sheet: string; column: number; rows: Map<number, CellEdit> }
  >();
  for (const edit of edits) {
    const { row, column } = parseCellAddress(edit.cell);
    const key = `${edit.sheet.toLowerCase()}\u0000${column}`;
    const group = byColumn.get(key) ?? { sheet: edit.sheet, column, rows: new Map() };
    group.rows.set(row, edit);
    byColumn.set(key, group);
  }
  const blocks: EditBlock[] = [];
  for (const { sheet, column, rows } of byColumn.values()) {
    const sorted = [...rows.keys()].sort((a, b) => a - b);
    let first = 0;
    for (let at = 1; at <= sorted.length; at++) {
      if (at < sorted.length && sorted[at] <= sorted[at - 1] + 2) continue;
      const edited = sorted.slice(first, at);
      let top = Math.max(1, edited[0] - 1);
      const bottom = Math.min(
        LAST_ROW,
        Math.max(edited[edited.length - 1] + 1, top + MIN_BLOCK_ROWS - 1)
      );
      top = Math.max(1, Math.min(top, bottom - MIN_BLOCK_ROWS + 1));
      blocks.push({
        sheet,
        column,
        top,
        rows: bottom - top + 1,
        edits: new Map(edited.map((row) => [row, rows.get(row) as CellEdit])),
      });
      first = at;
    }
  }
  return blocks;
}

/** What edit blocks may weigh, guessed, to ride with another request (the look) rather than have their own. */
export const ALONG_BYTES = 1_000_000;

/**
 * When the blocks are few and short enough to ride with the request being queued (a plan's fill, a fix: a few
 * hundred cells), queues their reads and returns what stores them once that request is synced; otherwise null (then
 * `readEditBlocks` reads them in requests of their own).
 */
export function queueEditBlocksAlong(
  context: ExcelContext,
  blocks: EditBlock[]
): (() => void) | null {
  const rows = blocks.reduce((sum, block) => sum + block.rows, 0);
  if (blocks.length > BLOCKS_PER_REQUEST / 2 || rows * GUESSED_ROW_BYTES > ALONG_BYTES) return null;
  const ranges = blocks.map((block) =>
    context.workbook.worksheets
      .getItem(block.sheet)
      .getRangeByIndexes(block.top - 1, block.column - 1, block.rows, 1)
      .load(["formulas", "values"])
  );
  return () =>
    blocks.forEach((block, index) => {
      block.old = { formulas: ranges[index].formulas, values: ranges[index].values };
    });
}

/**
 * Reads what every block holds now (formulas and values) into `old`: at most `BLOCKS_PER_REQUEST` blocks to a
 * request, each batch's responses sized by `readInBlocks`.
 */
export async function readEditBlocks(
  context: ExcelContext,
  blocks: EditBlock[],
  responseBudget?: number,
  operation?: OperationContext
): Promise<void> {
  for (let start = 0; start < blocks.length; start += BLOCKS_PER_REQUEST) {
    const group = blocks.slice(start, start + BLOCKS_PER_REQUEST);
    // One batch of requests per group of blocks: their number grows with the blocks' bytes, never with the edits.
    const read = await readInBlocks(
      context,
      group.map((block) => ({
        rows: block.rows,
        columns: 1,
        properties: ["formulas", "values"],
        bytesPerRow: GUESSED_ROW_BYTES,
        slice: (from: number, count: number) =>
          context.workbook.worksheets
            .getItem(block.sheet)
            .getRangeByIndexes(block.top - 1 + from, block.column - 1, count, 1)
            .load(["formulas", "values"]),
      })),
      responseBudget,
      operation
    );
    group.forEach((block, index) => {
      block.old = {
        formulas: read[index].flatMap((range) => range.formulas),
        values: read[index].flatMap((range) => range.values),
      };
    });
  }
}

/** What a loaded cell held, as something to write back: a formula, or its value through the text rule. */
export function heldInput(
  formula: unknown,
  value: unknown,
  date1904: boolean,
  where: () => { sheet: string; cell: string }
): ExcelCellInput {
  if (
    typeof formula === "string" &&
    formula.startsWith("=") &&
    !(typeof value === "string" && value === formula)
  )
    return formula;
  if (typeof value === "number" || typeof value === "boolean") return value;
  return cellToExcel(value === null || value === undefined ? "" : String(value), date1904, where);
}

/**
 * Each block written back: with its edits (`new`) or as it was (`old`, the restore). A block is written in pieces of
 * consecutive rows under `MAX_PIECE_BYTES`, each of `MIN_BLOCK_ROWS` rows at least.
 */
export function editSteps(
  context: ExcelContext,
  blocks: EditBlock[],
  which: "new" | "old",
  /** Whether the workbook is in the 1904 date system (`queueDateSystem`): edited dates are written in it. */
  date1904: boolean
): Step[] {
  return blocks.flatMap((block) => {
    const old = block.old as NonNullable<EditBlock["old"]>;
    const grid: ExcelCellInput[][] = Array.from({ length: block.rows }, (_, offset) => {
      const row = block.top + offset;
      const where = () => ({ sheet: block.sheet, cell: cellAddress(row, block.column) });
      const edit = which === "new" ? block.edits.get(row) : undefined;
      if (edit) return [cellToExcel(edit.value, date1904, where)];
      return [heldInput(old.formulas[offset]?.[0], old.values[offset]?.[0], date1904, where)];
    });
    return pieces(grid).map(({ start, end }) => {
      const values = grid.slice(start, end);
      return step(() => {
        context.workbook.worksheets
          .getItem(block.sheet)
          .getRangeByIndexes(block.top - 1 + start, block.column - 1, end - start, 1).formulas =
          values;
      }, jsonBytes(values));
    });
  });
}

/** Row spans [start, end) under `MAX_PIECE_BYTES`, none shorter than `MIN_BLOCK_ROWS` (a short last one joins the one before). */
function pieces(grid: ExcelCellInput[][]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  let bytes = 0;
  grid.forEach((row, index) => {
    const rowBytes = jsonBytes(row) + 1;
    if (index - start >= MIN_BLOCK_ROWS && bytes + rowBytes > MAX_PIECE_BYTES) {
      spans.push({ start, end: index });
      start = index;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  const last = spans[spans.length - 1];
  if (last && grid.length - start < MIN_BLOCK_ROWS) last.end = grid.length;
  else spans.push({ start, end: grid.length });
  return spans;
}
