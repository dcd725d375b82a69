/** `Fecha fin` is not before `Fecha inicio` (SPEC §4). */
import { HEADERS } from "../../workbook/areaColumns";
import { cellDateSerial } from "../cellDateSerial";
import { cellIssue } from "../cellIssue";
import { columnOf } from "../columnOf";
import { flatMapFilledRows } from "../flatMapFilledRows";
import { formatDateSerial } from "../formatDateSerial";
import { rowCell } from "../rowCell";
import { Rule } from "../Rule";

export const dateOrderRule: Rule = {
  codes: ["date.endBeforeStart"],
  check(context) {
    return flatMapFilledRows(context, (area, rowIndex) => {
      const startColumn = columnOf(area, HEADERS.startDate);
      const endColumn = columnOf(area, HEADERS.endDate);
      if (!startColumn || !endColumn) return [];
      const start = cellDateSerial(rowCell(area, rowIndex, startColumn.index));
      const end = cellDateSerial(rowCell(area, rowIndex, endColumn.index));
      if (start === null || end === null || Math.floor(end) >= Math.floor(start)) return [];
      return [
        cellIssue(area, rowIndex, endColumn.index, "date.endBeforeStart", "error", {
          value: formatDateSerial(end),
          params: { start: formatDateSerial(start) },
        }),
      ];
    });
  },
};
