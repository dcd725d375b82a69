import { Cell } from "../workbook/CellValue";
import { CellInput } from "../workbook/WorkbookPatch";

/**
 * A read cell → a value to write elsewhere, as data: text stays literal text (never a formula), an error value
 * becomes its text (#REF!), and numbers in date columns stay dates.
 */
export function cellToInput(cell: Cell, asDate = false): CellInput {
  switch (cell.kind) {
    case "empty":
      return null;
    case "number":
      return asDate ? { date: cell.value } : cell.value;
    case "date":
      return { date: cell.serial };
    case "text":
      return cell.value;
    case "boolean":
      return cell.value;
    case "error":
      return cell.code;
  }
}
