/**
 * A row in which nobody typed anything: every input blank and without a formula. Computed cells never count, and
 * `alsoIgnored` headers (the generated defaults, for `isRowUnfilled`) do not either.
 */
import { isMissing } from "../workbook/CellValue";
import { COMPUTED_HEADERS } from "../workbook/rowFormulas";
import { AreaSheet } from "./AreaSheet";

const COMPUTED = new Set(COMPUTED_HEADERS);

export function isRowBlank(
  sheet: AreaSheet,
  rowIndex: number,
  alsoIgnored: ReadonlySet<string> = new Set()
): boolean {
  const row = sheet.table.rows[rowIndex] ?? [];
  return sheet.table.headers.every(
    (header, column) =>
      COMPUTED.has(header) ||
      alsoIgnored.has(header) ||
      row[column] === undefined ||
      isMissing(row[column])
  );
}
