import { isBlank } from "../workbook/CellValue";
import { HEADERS } from "../workbook/areaColumns";
import { AreaSheet } from "./AreaSheet";

/** Headers of the computed columns: nobody types there, so they never make a row "typed". */
export const COMPUTED_HEADERS: readonly string[] = [
  HEADERS.programmedToDate,
  HEADERS.executedToDate,
  HEADERS.compliance,
  HEADERS.semaphore,
];

/** True when every cell of the row outside `ignored` columns is blank and holds no formula. */
export function hasOnlyBlankInputs(
  sheet: AreaSheet,
  rowIndex: number,
  ignored: ReadonlySet<string>
): boolean {
  const row = sheet.table.rows[rowIndex] ?? [];
  return sheet.table.headers.every(
    (header, column) => ignored.has(header) || (isBlank(row[column]) && !row[column]?.formula)
  );
}
