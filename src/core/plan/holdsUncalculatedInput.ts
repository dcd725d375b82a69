/**
 * An area tab with a formula in a cell users type in that the file keeps no result for (openpyxl, ExcelJS and scripts
 * write formulas without calculating them; `isUncalculated`). The core has no formula engine: such a cell's value is
 * unknown until Excel or LibreOffice calculates it, so nothing copied from it (the `Matriz`) can say what it says.
 */
import { isUncalculated } from "../workbook/CellValue";
import { COMPUTED_HEADERS } from "../workbook/rowFormulas";
import { AreaSheet } from "./AreaSheet";

const COMPUTED = new Set(COMPUTED_HEADERS);

export function holdsUncalculatedInput(sheet: AreaSheet): boolean {
  const inputs = sheet.table.headers.flatMap((header, column) =>
    COMPUTED.has(header) ? [] : [column]
  );
  return sheet.table.rows.some((row) =>
    inputs.some((column) => row[column] !== undefined && isUncalculated(row[column]))
  );
}
