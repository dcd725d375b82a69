/**
 * Texts longer than an Excel cell holds (`MAX_CELL_TEXT`, 32,767 characters): a file written by another program may
 * hold one, which Excel does not open as it is. Validation reports each (`cell.textTooLong`); a tab the tool rebuilds
 * (import, upgrade) never carries one, cut or whole, without the user (`refuseOverlongTexts`): neither in its table
 * (`overlongTexts`) nor among the cells it carries around the table, the tab's own or an area file's (`overlongCells`).
 */
import { cellAddress } from "./address";
import { Cell } from "./CellValue";
import { MAX_CELL_TEXT } from "./sheetLimits";
import { TableSnapshot } from "./WorkbookSnapshot";

export const isOverlongText = (
  cell: Cell | undefined
): cell is Cell & { kind: "text"; value: string } =>
  cell?.kind === "text" && cell.value.length > MAX_CELL_TEXT;

export type OverlongText = { sheet: string; cell: string; length: number };

/** The table's cells (data rows, every column) holding such a text, in reading order. */
export function overlongTexts(table: TableSnapshot): OverlongText[] {
  const found: OverlongText[] = [];
  table.rows.forEach((row, index) =>
    row.forEach((cell, column) => {
      if (isOverlongText(cell))
        found.push({
          sheet: table.sheet,
          cell: cellAddress(table.headerRow + 1 + index, table.firstColumn + column),
          length: cell.value.length,
        });
    })
  );
  return found;
}

/**
 * The cells at `addresses` (those an operation carries, in its order) of `cells` (a sheet's cells by A1 address, as
 * `SheetContents` holds them) holding such a text, named on `sheet`.
 */
export function overlongCells(
  sheet: string,
  cells: ReadonlyMap<string, Cell> | undefined,
  addresses: readonly string[]
): OverlongText[] {
  return addresses.flatMap((address) => {
    const cell = cells?.get(address);
    return isOverlongText(cell) ? [{ sheet, cell: address, length: cell.value.length }] : [];
  });
}
