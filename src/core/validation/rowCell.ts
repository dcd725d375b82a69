/** The cell of data row `rowIndex` at 0-based table position `column`. */
import { Cell, EMPTY } from "../workbook/CellValue";
import { AreaContext } from "./AreaContext";

export function rowCell(area: AreaContext, rowIndex: number, column: number): Cell {
  return area.sheet.table.rows[rowIndex]?.[column] ?? EMPTY;
}
