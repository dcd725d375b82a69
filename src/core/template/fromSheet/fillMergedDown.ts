import { MergedRange, SheetCellValue, SheetGrid } from "./SpreadsheetData";

/**
 * The sheet's rows with each merged range's value copied down its first column (a macroprocess merged over
 * B8:B20 reads as "Misional" on every row 8–20); the rows given are not changed.
 */
export function fillMergedDown(sheet: SheetGrid): SheetCellValue[][] {
  const rows = sheet.rows.map((row) => [...row]);
  for (const range of sheet.merges as readonly MergedRange[]) {
    const value = rows[range.top - 1]?.[range.left - 1] ?? null;
    if (value === null) continue;
    for (let row = range.top + 1; row <= range.bottom; row++) {
      while (rows.length < row) rows.push([]);
      const cells = rows[row - 1];
      if (cells[range.left - 1] === null || cells[range.left - 1] === undefined)
        cells[range.left - 1] = value;
    }
  }
  return rows;
}
