/**
 * A row that holds only what the workbook was generated with: every input blank except `ID`, `Objetivo`,
 * `Sentido` and `Estado del reporte` (the generated defaults). Validation counts such rows per area instead of
 * reporting each of their empty cells; consolidation ignores imported areas made only of them.
 */
import { HEADERS } from "../workbook/areaColumns";
import { AreaSheet } from "./AreaSheet";
import { isRowBlank } from "./isRowBlank";

const GENERATED = new Set<string>([
  HEADERS.id,
  HEADERS.objective,
  HEADERS.direction,
  HEADERS.reportStatus,
]);

export function isRowUnfilled(sheet: AreaSheet, rowIndex: number): boolean {
  return isRowBlank(sheet, rowIndex, GENERATED);
}
