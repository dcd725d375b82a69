/**
 * A row that holds only what the workbook was generated with: every input blank except `ID`, `Objetivo`,
 * `Sentido` and `Estado del reporte` (the generated defaults). Validation counts such rows per area instead of
 * reporting each of their empty cells; consolidation ignores imported areas made only of them.
 */
import { HEADERS } from "../workbook/areaColumns";
import { AreaSheet } from "./AreaSheet";
import { COMPUTED_HEADERS } from "../workbook/rowFormulas";
import { hasOnlyBlankInputs } from "./hasOnlyBlankInputs";

const GENERATED = new Set<string>([
  HEADERS.id,
  HEADERS.objective,
  HEADERS.direction,
  HEADERS.reportStatus,
  ...COMPUTED_HEADERS,
]);

export function isRowUnfilled(sheet: AreaSheet, rowIndex: number): boolean {
  return hasOnlyBlankInputs(sheet, rowIndex, GENERATED);
}
