import { AreaSheet } from "./AreaSheet";
import { blankRowTest } from "./isRowBlank";
import { unfilledRowTest } from "./isRowUnfilled";

/**
 * Rows of an area table somebody filled: neither blank nor holding only the generated defaults. Both tests are
 * prepared once for the table (preparing them per row was 5 % of a 85,000-row consolidation).
 */
export function filledRowCount(sheet: AreaSheet): number {
  const blank = blankRowTest(sheet);
  const unfilled = unfilledRowTest(sheet);
  let count = 0;
  for (const row of sheet.table.rows) if (!blank(row) && !unfilled(row)) count++;
  return count;
}
