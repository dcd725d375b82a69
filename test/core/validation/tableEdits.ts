/** Structural edits of an in-memory snapshot's area table, as a user might make them in Excel. */
import { TableSnapshot, WorkbookSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";

export function tableOf(snapshot: WorkbookSnapshot, code: string): TableSnapshot {
  const table = snapshot.tables.find((candidate) => candidate.name === `T_${code}`);
  if (!table) throw new Error(`No table T_${code}`);
  return table;
}

/** Deletes a table column (cells to its right move left, as in Excel). */
export function dropColumn(table: TableSnapshot, header: string): void {
  const index = table.headers.indexOf(header);
  table.headers.splice(index, 1);
  table.rows.forEach((row) => row.splice(index, 1));
}

export function renameHeader(table: TableSnapshot, from: string, to: string): void {
  table.headers[table.headers.indexOf(from)] = to;
}

/** Swaps two columns' positions, headers and cells. */
export function swapColumns(table: TableSnapshot, a: string, b: string): void {
  const i = table.headers.indexOf(a);
  const j = table.headers.indexOf(b);
  for (const row of [table.headers, ...table.rows] as unknown[][])
    [row[i], row[j]] = [row[j], row[i]];
}
