/**
 * An issue about one cell of an area table: sheet, area, Excel row and the row's `ID`, header and A1 address
 * filled in.
 */
import { IssueCode } from "../messages/catalog/issueMessages";
import { MessageParams } from "../messages/formatMessage";
import { excelRow } from "../plan/AreaSheet";
import { cellAddress } from "../workbook/address";
import { EMPTY } from "../workbook/CellValue";
import { CellEdit } from "../workbook/WorkbookPatch";
import { AreaContext } from "./AreaContext";
import { displayValue } from "./displayValue";
import { Issue, Severity } from "./Issue";
import { rowId } from "./rowId";

export type CellIssueDetails = {
  params?: MessageParams;
  fix?: CellEdit;
  /** Overrides the cell's own value (e.g. a sum the issue is about). */
  value?: Issue["value"];
};

/** `column` is the 0-based position in the table. */
export function cellIssue(
  area: AreaContext,
  rowIndex: number,
  column: number,
  code: IssueCode,
  severity: Severity,
  details: CellIssueDetails = {}
): Issue {
  const table = area.sheet.table;
  const row = excelRow(area.sheet, rowIndex);
  const issue: Issue = {
    severity,
    code,
    sheet: table.sheet,
    area: area.sheet.code,
    row,
    id: rowId(area, rowIndex),
    column: table.headers[column] ?? null,
    cell: cellAddress(row, table.firstColumn + column),
    value:
      details.value !== undefined
        ? details.value
        : displayValue(table.rows[rowIndex]?.[column] ?? EMPTY),
    params: details.params ?? {},
  };
  if (details.fix) issue.fix = details.fix;
  return issue;
}

/** The edit that writes `value` into the cell of `column` in data row `rowIndex`. */
export function cellEdit(
  area: AreaContext,
  rowIndex: number,
  column: number,
  value: CellEdit["value"]
): CellEdit {
  const table = area.sheet.table;
  return {
    sheet: table.sheet,
    cell: cellAddress(excelRow(area.sheet, rowIndex), table.firstColumn + column),
    value,
  };
}
