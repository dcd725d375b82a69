import { cellToInput } from "../consolidation/cellToInput";
import { Cell } from "../workbook/CellValue";
import { CellInput } from "../workbook/WorkbookPatch";

/**
 * A cell of an old area table → the same cell in the rebuilt table: a formula the user typed stays a formula,
 * text stays literal text (even "=1+1"), dates stay dates, and an error value stays an error (as the constant
 * formula `#REF!`), so validation still flags it.
 */
export function carriedCellInput(cell: Cell): CellInput {
  if (cell.formula !== undefined && cell.formula.trim() !== "") return { formula: cell.formula };
  if (cell.kind === "error") return { formula: cell.code };
  return cellToInput(cell);
}
