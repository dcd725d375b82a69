import { AreaSheet } from "./AreaSheet";
import { isBlank } from "../workbook/CellValue";
import { HEADERS } from "../workbook/areaColumns";

const COMPUTED = new Set<string>([
  HEADERS.programmedToDate,
  HEADERS.executedToDate,
  HEADERS.compliance,
  HEADERS.semaphore,
]);

/** A row in which nobody typed anything: every input cell blank (computed cells do not count). */
export function isRowBlank(sheet: AreaSheet, rowIndex: number): boolean {
  const row = sheet.table.rows[rowIndex] ?? [];
  return sheet.table.headers.every(
    (header, column) => COMPUTED.has(header) || isBlank(row[column])
  );
}
