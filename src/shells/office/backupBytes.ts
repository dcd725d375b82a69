/**
 * What the back-up of a sheet that a patch rewrites in place will weigh in a response, guessed before anything is
 * read: the sheet's `formulas` and `numberFormat` over its used range, as UTF-8 JSON (Excel on the web refuses a
 * response over 5 MB, `ResponsePayloadSizeLimitExceeded`). The host has not seen the sheet's cells yet, so the guess
 * is what the patch writes there — a sheet rewritten in place (upgrade's area tabs, consolidation's `Matriz`) holds
 * much what it will hold — and, when the host read the workbook just before (every operation that writes does),
 * what the sheet's tables weighed then (`KnownSize`, measured by `readWorkbookSnapshot`; more than their back-up,
 * since that read also brings values and types). The larger of the two is taken, in total and per row. Only an
 * estimate: the look decides from it whether the back-up comes in its own request, and `readInBlocks` sizes its
 * first blocks from it before it measures (and halves a block that Excel refuses all the same).
 */
import { parseCellAddress } from "../../core/workbook/address";
import { CellInput, SheetPatch } from "../../core/workbook/WorkbookPatch";
import { utf8Length } from "./readInBlocks";

/**
 * Bytes of a cell beside its content: the quotes and comma of its `formulas` entry, and its `numberFormat` entry
 * ("General" with quotes and comma: 10).
 */
export const CELL_OVERHEAD = 14;

/** What a sheet's table bodies weighed when read: `bytes` over `rows` rows. */
export type KnownSize = { bytes: number; rows: number };

/**
 * A back-up's estimate: all of it, and its heaviest rows' average; `measured` when it comes from the last read
 * (otherwise a sheet may hold more than the patch writes — an informe, a user's notes — and is read with care).
 */
export type BackupEstimate = { bytes: number; bytesPerRow: number; measured: boolean };

/** What a cell is guessed to weigh in a sheet whose contents the host never measured: a short text. */
export const UNMEASURED_CELL_BYTES = 256;

/** A cell's content as it comes back in `formulas`: a formula or text as written (JSON escapes aside). */
function contentBytes(value: CellInput): number {
  if (value === null) return 0;
  if (typeof value === "string") return utf8Length(value);
  if (typeof value === "number") return String(value).length;
  if (typeof value === "boolean") return 5;
  if ("formula" in value) return utf8Length(value.formula) + 1;
  if ("error" in value) return value.error.length;
  return String(value.date).length;
}

/** The back-up a sheet holding what `sheet` writes would weigh, or what `known` says when that is more. */
export function backupBytes(sheet: SheetPatch, known?: KnownSize): BackupEstimate {
  let bottom = 1;
  let right = 1;
  let content = 0;
  const grid = (top: number, left: number, values: Iterable<CellInput[]>): void => {
    let index = 0;
    for (const row of values) {
      bottom = Math.max(bottom, top + index);
      right = Math.max(right, left + row.length - 1);
      for (const value of row) content += contentBytes(value);
      index++;
    }
  };
  for (const block of sheet.blocks) grid(block.row, block.column, block.values);
  for (const table of sheet.tables) {
    const { row, column } = parseCellAddress(table.topLeft);
    grid(row, column, [table.headers]);
    grid(row + 1, column, table.rows);
  }
  const written = content + bottom * right * CELL_OVERHEAD;
  return {
    bytes: Math.max(written, known?.bytes ?? 0),
    bytesPerRow: Math.max(written / bottom, known && known.rows > 0 ? known.bytes / known.rows : 0),
    measured: (known?.rows ?? 0) > 0,
  };
}
