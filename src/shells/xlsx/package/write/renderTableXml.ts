/** A table patch → its table part (`xl/tables/tableN.xml`): range, column names, autofilter and style. */
import { parseCellAddress, rangeAddress } from "../../../../core/workbook/address";
import { TablePatch } from "../../../../core/workbook/WorkbookPatch";
import { escapeXmlAttribute } from "../xml/escapeXml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The table's range: header row plus its rows (ExcelJS's rule, header only for a table without rows). */
export function tableRange(table: TablePatch): string {
  const { row, column } = parseCellAddress(table.topLeft);
  return rangeAddress(row, column, row + table.rows.length, column + table.headers.length - 1);
}

export function renderTableXml(table: TablePatch, id: number): string {
  const ref = tableRange(table);
  const name = escapeXmlAttribute(table.name);
  const columns = table.headers
    .map((header, index) => `<tableColumn id="${index + 1}" name="${escapeXmlAttribute(header)}"/>`)
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${MAIN}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" ` +
    `headerRowCount="1" totalsRowShown="0"><autoFilter ref="${ref}"/>` +
    `<tableColumns count="${table.headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXmlAttribute(table.style)}" showFirstColumn="0" showLastColumn="0" ` +
    'showRowStripes="1" showColumnStripes="0"/></table>'
  );
}
