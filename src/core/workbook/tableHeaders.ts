/**
 * A table's headers as Excel reads them: each header cell's text (a number as its digits), a blank one read as its
 * table column's name (Excel repairs the cell so; LibreOffice keeps the name when a header cell is cleared), and,
 * with the header row hidden (Table Design › Header Row unchecked), the column names alone.
 */
import { Cell } from "./CellValue";

export function tableHeaders(
  headerCells: readonly Cell[] | null,
  columnNames: readonly (string | undefined)[],
  width: number
): string[] {
  const named = (index: number): string => (columnNames[index] ?? "").trim();
  if (headerCells === null) return Array.from({ length: width }, (_, index) => named(index));
  return Array.from({ length: width }, (_, index) => {
    const cell = headerCells[index];
    const text =
      cell?.kind === "text" ? cell.value.trim() : cell?.kind === "number" ? String(cell.value) : "";
    return text === "" ? named(index) : text;
  });
}
