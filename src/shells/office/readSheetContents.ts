/**
 * What sheets hold around their tables, through Office.js, for an upgrade or an import to carry (`WorkbookHost.readSheetContents`):
 * three syncs whatever the number of sheets — each used range (values only), the tables' extents, then the strips of
 * each used range outside the box that holds every table of its sheet (above it, below it, left and right of it), each read as values, types, formulas and
 * number formats. The table bodies are never read again, so a long table costs nothing here; what users typed
 * around it is what the response carries. Cells inside the box but between two tables are not read: an upgrade
 * leaves a tab with two tables as it is. Merged ranges are not read (`merges` is empty): this host keeps values.
 */
import { cellAddress } from "../../core/workbook/address";
import { Cell, hasFormula } from "../../core/workbook/CellValue";
import { boundingRect, Rect, rectsAround } from "../../core/workbook/rectsAround";
import { SheetContents } from "../../core/workbook/SheetContents";
import { cellFromExcel } from "./cellFromExcel";
import { ExcelContext, ExcelRange } from "./ExcelContext";

const PROPERTIES = ["values", "valueTypes", "formulas", "numberFormat"];
const EXTENT = ["rowIndex", "columnIndex", "rowCount", "columnCount"];

const boxOf = (range: ExcelRange): Rect => ({
  top: range.rowIndex,
  left: range.columnIndex,
  bottom: range.rowIndex + range.rowCount - 1,
  right: range.columnIndex + range.columnCount - 1,
});

type Cells = Map<string, Cell>;

export async function readSheetContents(
  excel: ExcelContext,
  sheets: string[]
): Promise<Map<string, SheetContents>> {
  const found = sheets.map((name) => {
    const worksheet = excel.workbook.worksheets.getItem(name);
    const used = worksheet.getUsedRangeOrNullObject(true).load(EXTENT);
    worksheet.tables.load("items/name");
    return { name, worksheet, used };
  });
  await excel.sync();
  const withTables = found.map((sheet) => ({
    ...sheet,
    tables: sheet.used.isNullObject
      ? []
      : sheet.worksheet.tables.items.map((table) => table.getRange().load(EXTENT)),
  }));
  await excel.sync();
  const strips = withTables.flatMap(({ name, worksheet, used, tables }) => {
    if (used.isNullObject) return [];
    return rectsAround(boxOf(used), boundingRect(tables.map(boxOf))).map((box) => ({
      name,
      box,
      range: worksheet
        .getRangeByIndexes(box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1)
        .load(PROPERTIES),
    }));
  });
  await excel.sync();
  const cellsOf = new Map<string, Cells>(sheets.map((name) => [name, new Map()]));
  for (const { name, box, range } of strips) {
    const cells = cellsOf.get(name) as Cells;
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
  }
  return new Map([...cellsOf].map(([name, cells]) => [name, { cells, merges: [] }]));
}
