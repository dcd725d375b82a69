import { Cell, isUncalculated } from "../workbook/CellValue";
import { CellInput } from "../workbook/WorkbookPatch";

/**
 * A read cell → a value to write elsewhere, as data: text stays literal text (never a formula), an error value
 * becomes its text (#REF!), a formula never calculated (`isUncalculated`) the text of its formula ("=0.5*2", whose
 * value nobody knows: shown, never copied as a blank), and numbers in date columns stay dates.
 */
export function cellToInput(cell: Cell, asDate = false): CellInput {
  switch (cell.kind) {
    case "empty":
      return isUncalculated(cell) ? `=${cell.formula ?? ""}` : null;
    case "number":
      return asDate ? { date: cell.value } : cell.value;
    case "date":
      return { date: cell.serial };
    case "text":
      return cell.value === "" ? null : cell.value;
    case "boolean":
      return cell.value;
    case "error":
      return cell.code;
  }
}
