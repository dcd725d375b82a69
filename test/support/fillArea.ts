/** Writes rows of values, by header, into a generated area table (ExcelJS), for tests that need filled plans. */
import ExcelJS from "exceljs";
import { CellInput } from "../../src/core/workbook/WorkbookPatch";
import { toExcelValue } from "./exceljs/applyPatch";

export type RowValues = Record<string, CellInput>;

export type AreaTable = {
  sheet: ExcelJS.Worksheet;
  headerRow: number;
  firstColumn: number;
  /** Header texts from the table's first column on. */
  headers: string[];
  table: ExcelJS.Table;
};

/** The sheet holding table `T_<code>`, the table, its header row, first column and headers. */
export function findAreaTable(workbook: ExcelJS.Workbook, code: string): AreaTable {
  for (const sheet of workbook.worksheets) {
    const table = sheet
      .getTables()
      .find(
        (candidate) =>
          (candidate as unknown as { table: { name: string } }).table.name === `T_${code}`
      );
    if (!table) continue;
    const model = (table as unknown as { table: { tableRef?: string; ref?: string } }).table;
    const topLeft = sheet.getCell((model.tableRef ?? model.ref ?? "A7").split(":")[0]);
    const headerRow = Number(topLeft.row);
    const firstColumn = Number(topLeft.col);
    const row = sheet.getRow(headerRow);
    const headers: string[] = [];
    for (let column = firstColumn; column <= row.cellCount; column++)
      headers.push(String(row.getCell(column).value ?? ""));
    return { sheet, headerRow, firstColumn, headers, table: table as unknown as ExcelJS.Table };
  }
  throw new Error(`No table T_${code}`);
}

export function fillArea(workbook: ExcelJS.Workbook, code: string, rows: RowValues[]): void {
  const { sheet, headerRow, headers } = findAreaTable(workbook, code);
  rows.forEach((values, index) => {
    for (const [header, value] of Object.entries(values)) {
      const column = headers.indexOf(header);
      if (column < 0) throw new Error(`No column ${header} in T_${code}`);
      sheet.getRow(headerRow + 1 + index).getCell(column + 1).value = toExcelValue(value);
    }
  });
}
