import { columnLetter } from "../../workbook/address";
import { cellText } from "./cellText";
import { normalizeHeader } from "./normalizeHeader";
import { SheetColumn, UnplacedColumn } from "./SheetImport";
import { SheetField } from "./SheetField";
import { SheetCellValue } from "./SpreadsheetData";

export type SheetColumns = {
  columns: SheetColumn[];
  unplaced: UnplacedColumn[];
  /** The column (1-based) of each field placed. */
  fieldColumn: Map<SheetField, number>;
  /** Headers (normalized) whose field came from the user's mapping. */
  mapped: Set<string>;
};

/**
 * One sheet's columns read from its header row: each header's field (the user's mapping first, then the header
 * itself); a column is left out when its header names no field, when it has no header but holds data, when the
 * mapping says to ignore it, or when an earlier column already has its field.
 */
export function mapSheetColumns(
  sheet: string,
  rows: readonly SheetCellValue[][],
  headerRow: number,
  overrides: ReadonlyMap<string, SheetField | null>,
  fieldOf: (header: string) => SheetField | null | undefined
): SheetColumns {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const headers = rows[headerRow - 1] ?? [];
  const columns: SheetColumn[] = [];
  const unplaced: UnplacedColumn[] = [];
  const fieldColumn = new Map<SheetField, number>();
  const mapped = new Set<string>();
  for (let column = 1; column <= width; column++) {
    const header = cellText(headers[column - 1]);
    const letter = columnLetter(column);
    if (header === "") {
      if (rows.slice(headerRow).some((row) => cellText(row[column - 1]) !== ""))
        unplaced.push({ sheet, letter, header, reason: "no-header" });
      continue;
    }
    const key = normalizeHeader(header);
    const by = overrides.has(key) ? "map" : "header";
    if (by === "map") mapped.add(key);
    const field = fieldOf(header) ?? null;
    let placed = field;
    if (field === null) {
      unplaced.push({ sheet, letter, header, reason: by === "map" ? "ignored" : "unknown-header" });
    } else if (fieldColumn.has(field)) {
      unplaced.push({ sheet, letter, header, reason: "repeated-field" });
      placed = null;
    } else {
      fieldColumn.set(field, column);
    }
    columns.push({ sheet, column, letter, header, field: placed, by });
  }
  return { columns, unplaced, fieldColumn, mapped };
}
