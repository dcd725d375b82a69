import { isBlank } from "../workbook/CellValue";
import { AreaSheet } from "./AreaSheet";

/** True when every cell of the row outside `ignored` columns is blank and holds no formula. */
export function hasOnlyBlankInputs(
  sheet: AreaSheet,
  rowIndex: number,
  ignored: ReadonlySet<string>
): boolean {
  const row = sheet.table.rows[rowIndex] ?? [];
  return sheet.table.headers.every(
    (header, column) => ignored.has(header) || (isBlank(row[column]) && !row[column]?.formula)
  );
}
