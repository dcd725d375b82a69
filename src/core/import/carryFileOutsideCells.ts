/**
 * What the area lead typed around the table on the returned file's sheet — a note beside it, a signature block below
 * and to its right, a line above its header — carried to the tab rebuilt from that file (SPEC §6: nothing a user
 * typed is lost), at the same place relative to the table: a cell above or left of the file's table keeps its row
 * or column, one beside or below it keeps its distance from the table's top, left, bottom or right edge (the rebuilt
 * table may be longer, or wider by the tab's own added columns). In practice both tables start at A7, and a cell
 * keeps its address.
 *
 * A cell where the rebuilt tab writes the layout's title block is the layout's (as for the tab's own cells,
 * `carryOutsideCells`). A cell goes where the rebuilt tab writes nothing; where the tab's own cell carried there holds
 * the same value, there is nothing to do; where that cell, or the rebuilt table, holds something else, it is a
 * collision, for the caller to refuse the area before anything is written. A formula is carried as the value the
 * file last calculated (it was written for the file's cells and sheets, not the plan's), and named; one the file never
 * calculated, as the text of its formula (as consolidation copies it, `cellToInput`: shown, never a blank); one whose
 * result is blank shows nothing and is left. Text stays text, even "=1+1" (`carriedCellInput`). Merged ranges,
 * formats and comments of the file are not carried.
 */
import { carriedCellInput } from "../workbook/carriedCellInput";
import { byReadingOrder, cellAddress, parseCellAddress } from "../workbook/address";
import { Cell, CellValue, hasFormula, isBlank, isUncalculated } from "../workbook/CellValue";
import { NUMBER_FORMATS } from "../workbook/numberFormats";
import { blockRect, contains, Rect } from "../workbook/rectsAround";
import { SheetContents } from "../workbook/SheetContents";
import { LAST_COLUMN, LAST_ROW } from "../workbook/sheetLimits";
import { CellBlock, SheetPatch, StyledRange } from "../workbook/WorkbookPatch";
import { TableSnapshot } from "../workbook/WorkbookSnapshot";

/** A cell of the file's sheet and where it goes on the rebuilt tab ("" when that is off the sheet). */
export type CarriedFrom = { from: string; to: string };

export type FileOutsideCarry = {
  /** The rebuilt tab with the file's cells added. */
  sheet: SheetPatch;
  /** Cells carried, in the file's reading order. */
  carried: CarriedFrom[];
  /** The file cells among `carried` that held a formula: their calculated value was carried. */
  formulas: string[];
  /** Cells whose place on the rebuilt tab holds something else (the tab's own cell, or the table). */
  collisions: CarriedFrom[];
};

const tableRect = (table: TableSnapshot): Rect => ({
  top: table.headerRow + (table.headerRowHidden ? 1 : 0),
  left: table.firstColumn,
  bottom: table.headerRow + Math.max(1, table.rows.length) + (table.totalsRow ? 1 : 0),
  right: table.firstColumn + table.headers.length - 1,
});

/** Where `at` lies relative to the span `from`..`to` (of the file's table) on the span `onto` (the rebuilt one's). */
function moved(at: number, from: [number, number], onto: [number, number]): number {
  if (at < from[0]) return at;
  if (at <= from[1]) return at - from[0] + onto[0];
  return at - from[1] + onto[1];
}

/** The same value, whatever holds it (a formula's cached result counts as its value). */
function sameValue(a: CellValue, b: CellValue): boolean {
  switch (a.kind) {
    case "empty":
      return b.kind === "empty";
    case "date":
      return b.kind === "date" && a.serial === b.serial;
    case "error":
      return b.kind === "error" && a.code === b.code;
    default:
      return b.kind === a.kind && b.value === a.value;
  }
}

export function carryFileOutsideCells(input: {
  /** The tab rebuilt from the file, the tab's own cells already carried (`carryOutsideCells`). */
  rebuilt: SheetPatch;
  /** The layout's blocks (its title block): what the rebuilt tab writes of its own. */
  layoutBlocks: CellBlock[];
  /** The tab's own cells carried to `rebuilt`, by address (what it held there). */
  tabCells: ReadonlyMap<string, Cell>;
  /** The rebuilt table, as it will read. */
  rebuiltTable: TableSnapshot;
  /** The file's table, as read, and what its sheet holds around it. */
  fileTable: TableSnapshot;
  fileContents: SheetContents;
}): FileOutsideCarry {
  const file = tableRect(input.fileTable);
  const rebuiltTable = tableRect(input.rebuiltTable);
  // Rows are placed from the header rows (a hidden one's row is the row above the first data row in both tables).
  const rows: [[number, number], [number, number]] = [
    [input.fileTable.headerRow, file.bottom],
    [input.rebuiltTable.headerRow, rebuiltTable.bottom],
  ];
  const generated = input.layoutBlocks.map(blockRect);
  const carried: CarriedFrom[] = [];
  const formulas: string[] = [];
  const collisions: CarriedFrom[] = [];
  const blocks: CellBlock[] = [];
  const styles: StyledRange[] = [];
  for (const from of [...input.fileContents.cells.keys()].sort(byReadingOrder)) {
    const cell = input.fileContents.cells.get(from);
    if (!cell || (isBlank(cell) && !hasFormula(cell))) continue;
    const at = parseCellAddress(from);
    if (contains(file, at.row, at.column)) continue;
    const row = moved(at.row, ...rows);
    const column = moved(
      at.column,
      [file.left, file.right],
      [rebuiltTable.left, rebuiltTable.right]
    );
    if (row > LAST_ROW || column > LAST_COLUMN) {
      collisions.push({ from, to: "" });
      continue;
    }
    const to = cellAddress(row, column);
    if (generated.some((rect) => contains(rect, row, column))) continue;
    const value: CellValue = isUncalculated(cell)
      ? { kind: "text", value: `=${cell.formula ?? ""}` }
      : valueOf(cell);
    // A formula whose result is blank shows nothing: there is no value to carry.
    if (isBlank(value)) continue;
    const held = input.tabCells.get(to);
    if (held && sameValue(held, value)) continue;
    if (held || contains(rebuiltTable, row, column)) {
      collisions.push({ from, to });
      continue;
    }
    carried.push({ from, to });
    if (hasFormula(cell)) formulas.push(from);
    // The value alone: a formula goes as its cached result, an error value as the error.
    blocks.push({ row, column, values: [[carriedCellInput(value)]] });
    if (value.kind === "date")
      styles.push({ range: to, style: { numberFormat: NUMBER_FORMATS.date } });
  }
  return {
    sheet: {
      ...input.rebuilt,
      blocks: [...input.rebuilt.blocks, ...blocks],
      styles: [...input.rebuilt.styles, ...styles],
    },
    carried,
    formulas,
    collisions,
  };
}

/** The cell's value without its formula. */
function valueOf(cell: Cell): CellValue {
  switch (cell.kind) {
    case "empty":
      return { kind: "empty" };
    case "date":
      return { kind: "date", serial: cell.serial };
    case "error":
      return { kind: "error", code: cell.code };
    case "number":
      return { kind: "number", value: cell.value };
    case "text":
      return { kind: "text", value: cell.value };
    case "boolean":
      return { kind: "boolean", value: cell.value };
  }
}
