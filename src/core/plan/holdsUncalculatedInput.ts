/**
 * An area tab with a formula in a cell users type in that the file keeps no result for (openpyxl, ExcelJS and scripts
 * write formulas without calculating them; `isUncalculated`). The core has no formula engine: such a cell's value is
 * unknown until Excel or LibreOffice calculates it, so nothing copied from it (the `Matriz`) can say what it says.
 */
import { isUncalculated } from "../workbook/CellValue";
import { inputColumns } from "../workbook/inputColumns";
import { AreaSheet } from "./AreaSheet";

export function holdsUncalculatedInput(sheet: AreaSheet): boolean {
  const inputs = inputColumns(sheet.table.headers);
  return sheet.table.rows.some((row) =>
    inputs.some((column) => row[column] !== undefined && isUncalculated(row[column]))
  );
}
