/**
 * A row in which nobody typed anything: every input blank and without a formula. Computed cells never count, and
 * `alsoIgnored` headers (the generated defaults, for `isRowUnfilled`) do not either.
 */
import { Cell, isMissing } from "../workbook/CellValue";
import { COMPUTED_HEADERS } from "../workbook/rowFormulas";
import { AreaSheet } from "./AreaSheet";

const COMPUTED = new Set(COMPUTED_HEADERS);
const NOTHING: ReadonlySet<string> = new Set();

/**
 * The same test prepared once for a table: its columns that count are found once, and each row is then read
 * until its first typed cell (the whole-table passes — the semáforo, validation — use this).
 */
export function blankRowTest(
  sheet: AreaSheet,
  alsoIgnored: ReadonlySet<string> = NOTHING
): (row: readonly Cell[] | undefined) => boolean {
  const counted = sheet.table.headers.flatMap((header, column) =>
    COMPUTED.has(header) || alsoIgnored.has(header) ? [] : [column]
  );
  return (row) => {
    if (row === undefined) return true;
    for (let at = 0; at < counted.length; at++) {
      const column = counted[at];
      const cell = row[column];
      if (cell !== undefined && !isMissing(cell)) return false;
    }
    return true;
  };
}

export function isRowBlank(
  sheet: AreaSheet,
  rowIndex: number,
  alsoIgnored: ReadonlySet<string> = NOTHING
): boolean {
  return blankRowTest(sheet, alsoIgnored)(sheet.table.rows[rowIndex]);
}
