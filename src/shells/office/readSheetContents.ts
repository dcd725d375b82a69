/**
 * What one sheet holds around its tables, through Office.js, for an upgrade to carry (`WorkbookHost.readSheetContents`):
 * two syncs — the used range (values only) and the tables' extents, then the strips of the used range outside the
 * box that holds every table (above it, below it, left and right of it), each read as values, types, formulas and
 * number formats. The table bodies are never read again, so a long table costs nothing here; what users typed
 * around it is what the response carries. Cells inside the box but between two tables are not read: an upgrade
 * leaves a tab with two tables as it is. Merged ranges are not read (`merges` is empty): this host keeps values.
 */
import { cellAddress } from "../../core/workbook/address";
import { Cell, hasFormula } from "../../core/workbook/CellValue";
import { SheetContents } from "../../core/workbook/SheetContents";
import { cellFromExcel } from "./cellFromExcel";
import { ExcelContext, ExcelRange } from "./ExcelContext";

const PROPERTIES = ["values", "valueTypes", "formulas", "numberFormat"];
const EXTENT = ["rowIndex", "columnIndex", "rowCount", "columnCount"];

/** 0-based, inclusive. */
type Box = { top: number; left: number; bottom: number; right: number };

const boxOf = (range: ExcelRange): Box => ({
  top: range.rowIndex,
  left: range.columnIndex,
  bottom: range.rowIndex + range.rowCount - 1,
  right: range.columnIndex + range.columnCount - 1,
});

/** The parts of `used` outside `inner`, as at most four boxes (none empty). */
function around(used: Box, inner: Box | null): Box[] {
  if (!inner) return [used];
  const top = Math.max(used.top, inner.top);
  const bottom = Math.min(used.bottom, inner.bottom);
  const strips: Box[] = [
    {
      top: used.top,
      left: used.left,
      bottom: Math.min(used.bottom, inner.top - 1),
      right: used.right,
    },
    {
      top: Math.max(used.top, inner.bottom + 1),
      left: used.left,
      bottom: used.bottom,
      right: used.right,
    },
    { top, left: used.left, bottom, right: Math.min(used.right, inner.left - 1) },
    { top, left: Math.max(used.left, inner.right + 1), bottom, right: used.right },
  ];
  return strips.filter((box) => box.top <= box.bottom && box.left <= box.right);
}

export async function readSheetContents(
  excel: ExcelContext,
  sheet: string
): Promise<SheetContents> {
  const worksheet = excel.workbook.worksheets.getItem(sheet);
  const used = worksheet.getUsedRangeOrNullObject(true).load(EXTENT);
  worksheet.tables.load("items/name");
  await excel.sync();
  const cells = new Map<string, Cell>();
  if (used.isNullObject) return { cells, merges: [] };
  const ranges = worksheet.tables.items.map((table) => table.getRange().load(EXTENT));
  await excel.sync();
  const tables = ranges.map(boxOf);
  const inner =
    tables.length === 0
      ? null
      : {
          top: Math.min(...tables.map((box) => box.top)),
          left: Math.min(...tables.map((box) => box.left)),
          bottom: Math.max(...tables.map((box) => box.bottom)),
          right: Math.max(...tables.map((box) => box.right)),
        };
  const strips = around(boxOf(used), inner).map((box) => ({
    box,
    range: worksheet
      .getRangeByIndexes(box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1)
      .load(PROPERTIES),
  }));
  await excel.sync();
  for (const { box, range } of strips)
    range.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = cellFromExcel(
          value,
          String(range.valueTypes[r]?.[c]),
          range.formulas[r]?.[c],
          range.numberFormat[r]?.[c]
        );
        if (cell.kind !== "empty" || hasFormula(cell))
          cells.set(cellAddress(box.top + r + 1, box.left + c + 1), cell);
      })
    );
  return { cells, merges: [] };
}
