import { Cell, isBlank } from "../workbook/CellValue";

/** Nothing typed: blank, and no formula either (a formula not yet calculated is not missing). */
export function isMissing(cell: Cell): boolean {
  return isBlank(cell) && !cell.formula;
}
