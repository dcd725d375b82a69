import { Cell } from "../workbook/CellValue";

/** The number a cell holds (a formula's cached number too); null for anything else, dates included. */
export function cellNumber(cell: Cell): number | null {
  return cell.kind === "number" ? cell.value : null;
}
