/** `Meta` must be greater than 0 (SPEC §4). */
import { HEADERS } from "../../workbook/areaColumns";
import { cellIssue } from "../cellIssue";
import { cellNumber } from "../cellNumber";
import { columnOf } from "../columnOf";
import { flatMapFilledRows } from "../flatMapFilledRows";
import { rowCell } from "../rowCell";
import { Rule } from "../Rule";

export const goalRule: Rule = {
  codes: ["goal.notPositive"],
  check(context) {
    return flatMapFilledRows(context, (area, rowIndex) => {
      const column = columnOf(area, HEADERS.goal);
      if (!column) return [];
      const goal = cellNumber(rowCell(area, rowIndex, column.index));
      return goal !== null && goal <= 0
        ? [cellIssue(area, rowIndex, column.index, "goal.notPositive", "error")]
        : [];
    });
  },
};
