/** `Fecha fin` is not before `Fecha inicio` (SPEC §4). */
import { HEADERS } from "../../workbook/areaColumns";
import { EMPTY } from "../../workbook/CellValue";
import { cellDateSerial } from "../cellDateSerial";
import { cellIssue } from "../cellIssue";
import { columnOf } from "../columnOf";
import { formatDateSerial } from "../formatDateSerial";
import { rowRule } from "../rowRule";

export const dateOrderRule = rowRule({
  codes: ["date.endBeforeStart"],
  rows: () => (area) => {
    const startColumn = columnOf(area, HEADERS.startDate);
    const endColumn = columnOf(area, HEADERS.endDate);
    if (!startColumn || !endColumn) return null;
    return (row, rowIndex, issues) => {
      const start = cellDateSerial(row[startColumn.index] ?? EMPTY);
      const end = cellDateSerial(row[endColumn.index] ?? EMPTY);
      if (start === null || end === null || Math.floor(end) >= Math.floor(start)) return;
      issues.push(
        cellIssue(area, rowIndex, endColumn.index, "date.endBeforeStart", "error", {
          value: formatDateSerial(end),
          params: { start: formatDateSerial(start) },
        })
      );
    };
  },
});
