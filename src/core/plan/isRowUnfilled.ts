/**
 * A row that holds only what the workbook was generated with: every input blank except `ID`, `Objetivo`,
 * `Sentido` and `Estado del reporte` (the generated defaults). Validation counts such rows per area instead of
 * reporting each of their empty cells; consolidation ignores imported areas made only of them. An area read back
 * from the consolidated matrix (`planFromMatrix`, for the informe) also carries the columns consolidation adds to
 * every row — Macroproceso, Área, and the planning office's Observaciones Planeación and Verificado — which are
 * not the area's input either: without them, every generated row of the matrix would count as filled.
 */
import { MATRIX } from "../consolidation/matrixLayout";
import { HEADERS } from "../workbook/areaColumns";
import { AreaSheet } from "./AreaSheet";
import { Cell } from "../workbook/CellValue";
import { blankRowTest, isRowBlank } from "./isRowBlank";

const GENERATED = new Set<string>([
  HEADERS.id,
  HEADERS.objective,
  HEADERS.direction,
  HEADERS.reportStatus,
  MATRIX.macroprocess,
  MATRIX.area,
  MATRIX.notes,
  MATRIX.verified,
]);

export function isRowUnfilled(sheet: AreaSheet, rowIndex: number): boolean {
  return isRowBlank(sheet, rowIndex, GENERATED);
}

/** `isRowUnfilled` prepared once for a table, for passes over all its rows. */
export function unfilledRowTest(sheet: AreaSheet): (row: readonly Cell[] | undefined) => boolean {
  return blankRowTest(sheet, GENERATED);
}
