/**
 * An area's tab rebuilt around the rows of an area workbook returned by email (SPEC §6): the tab's own layout (title
 * block, validation, live formulas, protection) under its current name, holding the file's input cells row for row.
 * Computed columns keep the layout's formulas (a value the lead typed over one is not taken, and is named:
 * `computedTypedOver`); columns users added (in the tab or in the file) are carried as input columns after the
 * template's.
 */
import { AreaSheet } from "../plan/AreaSheet";
import { Area, Macroprocess, Template } from "../template/Template";
import { carriedCellInput } from "../workbook/carriedCellInput";
import { fillAreaTable } from "../workbook/fillAreaTable";
import { areaColumns } from "../workbook/areaColumns";
import { Cell, isMissing } from "../workbook/CellValue";
import { layoutAreaSheet } from "../workbook/layout/areaSheet";
import { replacedComputedCells } from "../workbook/replacedComputedCells";
import { CellInput, SheetPatch } from "../workbook/WorkbookPatch";

/** The file table's columns whose cells the rebuilt tab takes (all but the computed ones): 0-based index → header. */
export function importedColumns(template: Template, file: AreaSheet): Map<number, string> {
  const computed = new Set(
    areaColumns(template)
      .filter((column) => column.type === "computed")
      .map((column) => column.header)
  );
  const carried = new Map<number, string>();
  file.columns.forEach((index, header) => {
    if (!computed.has(header)) carried.set(index, header);
  });
  return carried;
}

/**
 * The file's computed cells holding a value typed over the formula (or another formula), by address in the file: the
 * rebuilt tab has the formula there again, as an upgrade restores it (`replacedComputedCells`).
 */
export function computedTypedOver(template: Template, file: AreaSheet): string[] {
  const computed = areaColumns(template).filter((column) => column.type === "computed");
  return replacedComputedCells(file.table, computed, template.periods.labels);
}

/** Whether a cell of an imported column is taken: something typed (a formula not yet calculated counts). */
export const importsCell = (cell: Cell): boolean => !isMissing(cell);

export function importedAreaSheet(input: {
  template: Template;
  macroprocess: Macroprocess;
  area: Area;
  /** The tab as it is now (its name is kept, and the columns users added to it). */
  tab: AreaSheet;
  file: AreaSheet;
}): SheetPatch {
  const { template, tab, file } = input;
  const columns = areaColumns(template);
  const defined = new Set(columns.map((column) => column.header));
  const carriedHeaders: string[] = [];
  for (const header of [...tab.table.headers, ...file.table.headers])
    if (header.trim() !== "" && !defined.has(header) && !carriedHeaders.includes(header))
      carriedHeaders.push(header);
  const carried = importedColumns(template, file);
  const rows = file.table.rows.map((cells) => {
    const row = new Map<string, CellInput>();
    carried.forEach((header, index) => {
      const cell = cells[index];
      if (cell !== undefined && importsCell(cell)) row.set(header, carriedCellInput(cell));
    });
    return row;
  });
  const sheet = layoutAreaSheet(template, input.macroprocess, input.area, tab.table.sheet, {
    rowCount: rows.length,
    carriedHeaders,
  });
  return fillAreaTable(sheet, rows, columns);
}
