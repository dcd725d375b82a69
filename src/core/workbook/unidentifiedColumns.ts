/**
 * Columns of a table that hold typed values but cannot be told apart by their header (SPEC "nothing a user typed is
 * lost"): a blank header, or one that repeats an earlier column's. Every step that rebuilds a tab carries cells by
 * header, so such a column would be dropped; it must be refused, naming the column, before anything is written.
 * (A file's blank header cell whose table column keeps a name reads as that name: see the hosts' readers.)
 */
import { columnLetter } from "./address";
import { EMPTY, isMissing } from "./CellValue";
import { TableSnapshot } from "./WorkbookSnapshot";

export type UnidentifiedColumn = {
  sheet: string;
  /** The column's letter on the sheet (`AF`). */
  column: string;
  /** The repeated header, or "" when it is blank. */
  header: string;
};

export function unidentifiedColumns(table: TableSnapshot): UnidentifiedColumn[] {
  const seen = new Set<string>();
  const found: UnidentifiedColumn[] = [];
  table.headers.forEach((raw, index) => {
    const header = raw.trim();
    const identified = header !== "" && !seen.has(header);
    seen.add(header);
    if (identified) return;
    if (table.rows.every((row) => isMissing(row[index] ?? EMPTY))) return;
    found.push({ sheet: table.sheet, column: columnLetter(table.firstColumn + index), header });
  });
  return found;
}
