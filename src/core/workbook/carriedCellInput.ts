import { cellToInput } from "../consolidation/cellToInput";
import { Cell } from "./CellValue";
import { CellInput } from "./WorkbookPatch";

/**
 * A cell of an old area table → the same cell in the rebuilt table: a formula the user typed stays a formula,
 * text stays literal text (even "=1+1"), dates stay dates, and an error value stays an error (as the constant
 * formula `#REF!`), so validation still flags it.
 */
export function carriedCellInput(cell: Cell): CellInput {
  if (cell.formula !== undefined && cell.formula.trim() !== "") {
    // Its last result goes with it: written without one, it would read back as a formula nobody calculated.
    if (cell.kind === "number" || cell.kind === "text" || cell.kind === "boolean")
      return { formula: cell.formula, result: cell.value };
    return { formula: cell.formula };
  }
  if (cell.kind === "error") return { formula: cell.code };
  return cellToInput(cell);
}
