import { Area, Macroprocess } from "../template/Template";
import { Cell, EMPTY } from "../workbook/CellValue";
import { TableSnapshot } from "../workbook/WorkbookSnapshot";

/** An area's table as found in the workbook, joined with what the template says of that area. */
export type AreaSheet = {
  code: string;
  table: TableSnapshot;
  area?: Area;
  macroprocess?: Macroprocess;
  /** Header text → 0-based column index within the table (first occurrence). */
  columns: Map<string, number>;
  /**
   * The computed columns hold values recorded by a consolidation (`Matriz`), not live formulas: a row recorded
   * `Con errores` stays so. Absent for an area's own table, whose computed cells must hold their formulas.
   */
  computedAsValues?: boolean;
};

export function areaSheetOf(
  code: string,
  table: TableSnapshot,
  area?: Area,
  macroprocess?: Macroprocess
): AreaSheet {
  const columns = new Map<string, number>();
  table.headers.forEach((header, index) => {
    if (!columns.has(header)) columns.set(header, index);
  });
  return { code, table, area, macroprocess, columns };
}

export function cellAt(sheet: AreaSheet, rowIndex: number, header: string): Cell {
  const column = sheet.columns.get(header);
  return column === undefined ? EMPTY : (sheet.table.rows[rowIndex]?.[column] ?? EMPTY);
}

/** Excel row number of data row `rowIndex`. */
export const excelRow = (sheet: AreaSheet, rowIndex: number): number =>
  sheet.table.headerRow + 1 + rowIndex;
