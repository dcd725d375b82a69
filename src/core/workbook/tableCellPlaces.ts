/**
 * Where the values of an old table's cells went in the table of a rebuilt tab (`CellPlaces`, for `carryLinks`): row
 * `i` of the old table is row `i` of the rebuilt one, and a column goes to the rebuilt table's column of the same
 * header, as an upgrade (`carryAreaTable`) and an import (`importedAreaSheet`) carry values. Only cells whose value
 * is carried are placed: in a carried column, holding something.
 */
import { parseCellAddress } from "./address";
import { Cell, EMPTY } from "./CellValue";
import { CellPlaces } from "./carryLinks";
import { TablePatch } from "./WorkbookPatch";
import { TableSnapshot } from "./WorkbookSnapshot";

export function tableCellPlaces(
  from: Pick<TableSnapshot, "headerRow" | "firstColumn" | "rows">,
  /** The old table's carried columns: 0-based index → header. */
  columns: ReadonlyMap<number, string>,
  /** Whether a cell's value is carried (one holding nothing is not). */
  carries: (cell: Cell) => boolean,
  to: Pick<TablePatch, "topLeft" | "headers" | "rows">
): CellPlaces {
  const topLeft = parseCellAddress(to.topLeft);
  const target = new Map<number, number>();
  for (const [index, header] of columns) {
    const at = to.headers.indexOf(header);
    if (at >= 0) target.set(index, topLeft.column + at);
  }
  const firstRow = from.headerRow + 1;
  const rowCount = Math.min(from.rows.length, to.rows.length);
  return {
    placeOf(row, column) {
      const rowIndex = row - firstRow;
      if (rowIndex < 0 || rowIndex >= rowCount) return null;
      const index = column - from.firstColumn;
      const at = target.get(index);
      if (at === undefined || !carries(from.rows[rowIndex][index] ?? EMPTY)) return null;
      return { row: topLeft.row + 1 + rowIndex, column: at };
    },
    within:
      rowCount === 0 || target.size === 0
        ? []
        : [
            {
              top: firstRow,
              bottom: firstRow + rowCount - 1,
              left: from.firstColumn + Math.min(...target.keys()),
              right: from.firstColumn + Math.max(...target.keys()),
            },
          ],
  };
}
