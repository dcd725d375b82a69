/**
 * Where a row typed under a table lands when the table does not grow (LibreOffice never grows it; Excel does not when
 * AutoCorrect's "include new rows" is off, for a pasted row, or below a blank row): the table's columns, from the row
 * right below its range (its Total Row included) down to the sheet's last row — or to the row above the next table
 * on the sheet that shares a column with it, whose cells are that table's, not typed outside one. Every host reads
 * `TableSnapshot.filledBelow` within this region, so that the file reader and Excel report the same cells.
 */
import { Rect } from "./rectsAround";
import { LAST_ROW } from "./sheetLimits";

/** `table` and `others` (the other tables of its sheet) as their whole ranges, 1-based; null when nothing is below. */
export function regionBelowTable(table: Rect, others: readonly Rect[]): Rect | null {
  let bottom = LAST_ROW;
  for (const other of others)
    if (other.top > table.bottom && other.left <= table.right && table.left <= other.right)
      bottom = Math.min(bottom, other.top - 1);
  const top = table.bottom + 1;
  return top <= bottom ? { top, left: table.left, bottom, right: table.right } : null;
}
