import { cellText } from "./cellText";
import { SheetField } from "./SheetField";
import { SheetCellValue } from "./SpreadsheetData";

/** How far down a header row is looked for (a logo and title block rarely takes more than a dozen rows). */
export const HEADER_SEARCH_ROWS = 30;

/**
 * The 1-based row holding the table's headers: the first of the sheet's top rows where at least two cells name a
 * field and one of them is the objective (a title block above it names none, or one in a sentence). A header the
 * user mapped counts as named, even to leave it out (`fieldOf` gives null), and stands in for the objective: the
 * user is pointing at that row. Null when none.
 */
export function findHeaderRow(
  rows: readonly SheetCellValue[][],
  fieldOf: (header: string) => SheetField | null | undefined,
  isMapped: (header: string) => boolean = () => false
): number | null {
  const last = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < last; index++) {
    const fields = new Set<SheetField>();
    let mapped = 0;
    let ignored = 0;
    for (const value of rows[index] ?? []) {
      const text = cellText(value);
      if (text === "") continue;
      const field = fieldOf(text);
      if (field) fields.add(field);
      if (isMapped(text)) {
        mapped++;
        if (field === null) ignored++;
      }
    }
    if (fields.size + ignored >= 2 && (fields.has("objective") || mapped > 0)) return index + 1;
  }
  return null;
}
