import { Cell } from "../workbook/CellValue";
import { formatDateSerial } from "./formatDateSerial";

/** A cell's value as the user sees it, for `Issue.value`: dates as dd/mm/yyyy, errors by their code, blanks as null. */
export function displayValue(cell: Cell): string | number | boolean | null {
  switch (cell.kind) {
    case "empty":
      return null;
    case "number":
    case "text":
    case "boolean":
      return cell.value;
    case "date":
      return formatDateSerial(cell.serial);
    case "error":
      return cell.code;
  }
}
