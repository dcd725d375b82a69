import { Cell } from "../workbook/CellValue";

/**
 * The date a date-column cell holds, as a serial: a date, or a plain number, which Excel treats as a serial
 * (Office.js reads dates as numbers). Null for anything else.
 */
export function cellDateSerial(cell: Cell): number | null {
  if (cell.kind === "date") return cell.serial;
  return cell.kind === "number" ? cell.value : null;
}
