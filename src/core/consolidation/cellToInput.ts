import { Cell, isUncalculated } from "../workbook/CellValue";
import { errorConstant } from "../workbook/errorConstants";
import { CellInput } from "../workbook/WorkbookPatch";

/**
 * A read cell → a value to write elsewhere, as data, read back as the same kind of value: text stays literal text
 * (never a formula), a date stays a date, an error value stays an error (`errorConstant`: #REF! is #REF!, an error
 * only a formula gives is #N/A), a formula never calculated (`isUncalculated`) becomes the text of its formula
 * ("=0.5*2", whose value nobody knows: shown, never copied as a blank), and numbers in date columns become dates.
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
      return { error: errorConstant(cell.code) };
  }
}
