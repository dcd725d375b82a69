/**
 * What users put on an area tab around its table — a note, a figure of their own, a merged range — carried to the
 * same address of the tab rebuilt from the layout (SPEC §2 "Template evolution" for an upgrade, §6 for an import: no
 * cell a user typed is lost). A cell of the old tab counts when it lies outside the old table and is not one the old
 * layout wrote (the title block, which the rebuilt tab writes again). It is carried when the rebuilt tab writes
 * nothing there; where it writes (its title block, its table, wider by new columns or longer by more rows) it cannot
 * be, and is returned as a collision for the caller to refuse before anything is written. A merged range is kept when
 * it touches neither the old table nor anything the rebuilt tab writes. Formats and comments are not carried.
 */
import { NUMBER_FORMATS } from "./numberFormats";
import { byReadingOrder, cellAddress, parseCellAddress, parseRangeAddress } from "./address";
import { EMPTY, hasFormula, isBlank } from "./CellValue";
import { blockRect, contains, overlaps, Rect } from "./rectsAround";
import { SheetContents } from "./SheetContents";
import { CellBlock, SheetPatch, StyledRange } from "./WorkbookPatch";
import { TableSnapshot } from "./WorkbookSnapshot";
import { carriedCellInput } from "./carriedCellInput";

export type OutsideCarry = {
  /** The rebuilt tab with the carried cells and merges. */
  sheet: SheetPatch;
  /** Addresses carried, in reading order (row by row). */
  carried: string[];
  /** Addresses that hold something and that the rebuilt tab writes, in reading order. */
  collisions: string[];
};

/** Every rectangle a laid-out sheet writes: its cell blocks and its tables (header row and data rows). */
function writtenRects(sheet: SheetPatch): Rect[] {
  return [
    ...sheet.blocks.map(blockRect),
    ...sheet.tables.map((table) => {
      const { row, column } = parseCellAddress(table.topLeft);
      return {
        top: row,
        left: column,
        bottom: row + table.rows.length,
        right: column + table.headers.length - 1,
      };
    }),
  ];
}

export function carryOutsideCells(
  /** The rebuilt tab (the layout's), its table already filled. */
  rebuilt: SheetPatch,
  /** The old table, as read. */
  oldTable: TableSnapshot,
  /** The blocks the old layout wrote around its table (its title block). */
  oldBlocks: CellBlock[],
  contents: SheetContents
): OutsideCarry {
  // A hidden header row is not the table's: what is typed there is a cell like any other around it.
  const table: Rect = {
    top: oldTable.headerRow + (oldTable.headerRowHidden ? 1 : 0),
    left: oldTable.firstColumn,
    bottom: oldTable.headerRow + Math.max(1, oldTable.rows.length),
    right: oldTable.firstColumn + oldTable.headers.length - 1,
  };
  const generated = oldBlocks.map(blockRect);
  const written = writtenRects(rebuilt);
  const carried: string[] = [];
  const collisions: string[] = [];
  const blocks: CellBlock[] = [];
  const styles: StyledRange[] = [];
  for (const address of [...contents.cells.keys()].sort(byReadingOrder)) {
    const cell = contents.cells.get(address) ?? EMPTY;
    if (isBlank(cell) && !hasFormula(cell)) continue;
    const { row, column } = parseCellAddress(address);
    if (contains(table, row, column) || generated.some((rect) => contains(rect, row, column)))
      continue;
    if (written.some((rect) => contains(rect, row, column))) {
      collisions.push(address);
      continue;
    }
    carried.push(address);
    const value = carriedCellInput(cell);
    blocks.push({ row, column, values: [[value]] });
    // A date stays a date: the rebuilt tab has no number format there.
    if (value !== null && typeof value === "object" && "date" in value)
      styles.push({
        range: cellAddress(row, column),
        style: { numberFormat: NUMBER_FORMATS.date },
      });
  }
  const merges = contents.merges.filter((merge) => {
    const rect = parseRangeAddress(merge);
    return !overlaps(rect, table) && !written.some((other) => overlaps(rect, other));
  });
  return {
    sheet: {
      ...rebuilt,
      blocks: [...rebuilt.blocks, ...blocks],
      styles: [...rebuilt.styles, ...styles],
      merges: [...rebuilt.merges, ...merges],
    },
    carried,
    collisions,
  };
}
