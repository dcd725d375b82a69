/** Writes rows of values, by header, into a generated area table (ExcelJS), for tests that need filled plans. */
import ExcelJS from "exceljs";
import { CellInput } from "../../src/core/workbook/WorkbookPatch";
import { toExcelValue } from "../../src/shells/xlsx/applyPatch";

export type RowValues = Record<string, CellInput>;

/** The sheet holding table `T_<code>` and the table's header row and headers. */
export function findAreaTable(
  workbook: ExcelJS.Workbook,
  code: string
): { sheet: ExcelJS.Worksheet; headerRow: number; headers: string[] } {
  for (const sheet of workbook.worksheets) {
    const table = sheet
      .getTables()
      .find(
        (candidate) =>
          (candidate as unknown as { table: { name: string } }).table.name === `T_${code}`
      );
    if (!table) continue;
    const ref = (table as unknown as { table: { tableRef?: string; ref?: string } }).table;
    const topLeft = sheet.getCell((ref.tableRef ?? ref.ref ?? "A7").split(":")[0]);
    const headerRow = Number(topLeft.row);
    const headers = (sheet.getRow(headerRow).values as unknown[])
      .slice(1)
      .map((value) => String(value ?? ""));
    return { sheet, headerRow, headers };
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
