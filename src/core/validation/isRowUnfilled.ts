/**
 * A row that holds only what the workbook was generated with: every input blank except `ID`, `Objetivo`,
 * `Sentido` and `Estado del reporte` (the generated defaults). Validation counts such rows per area instead of
 * reporting each of their empty cells.
 */
import { AreaSheet } from "../plan/AreaSheet";
import { isBlank } from "../workbook/CellValue";
import { HEADERS } from "../workbook/areaColumns";

const NOT_TYPED_BY_USERS = new Set<string>([
  HEADERS.id,
  HEADERS.objective,
  HEADERS.direction,
  HEADERS.reportStatus,
  HEADERS.programmedToDate,
  HEADERS.executedToDate,
  HEADERS.compliance,
  HEADERS.semaphore,
]);

export function isRowUnfilled(sheet: AreaSheet, rowIndex: number): boolean {
  const row = sheet.table.rows[rowIndex] ?? [];
  return sheet.table.headers.every(
    (header, column) =>
      NOT_TYPED_BY_USERS.has(header) || (isBlank(row[column]) && !row[column]?.formula)
  );
}
