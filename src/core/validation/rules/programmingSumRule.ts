/** Unit `Número`: the programmed periods add up to `Meta` (SPEC §3.3, §4). */
import { UNIT_NUMBER } from "../../template/Template";
import { HEADERS } from "../../workbook/areaColumns";
import { cellIssue } from "../cellIssue";
import { cellNumber } from "../cellNumber";
import { columnOf } from "../columnOf";
import { flatMapFilledRows } from "../flatMapFilledRows";
import { periodNumbers } from "../periodNumbers";
import { rowCell } from "../rowCell";
import { rowListValue } from "../rowListValue";
import { Rule } from "../Rule";
import { sameNumber } from "../sameNumber";

export const programmingSumRule: Rule = {
  codes: ["programming.sumMismatch"],
  check(context) {
    return flatMapFilledRows(context, (area, rowIndex) => {
      if (rowListValue(area, rowIndex, HEADERS.unit, "unit") !== UNIT_NUMBER) return [];
      const goalColumn = columnOf(area, HEADERS.goal);
      const goal = goalColumn ? cellNumber(rowCell(area, rowIndex, goalColumn.index)) : null;
      const programmed = periodNumbers(area, rowIndex, "programmed");
      if (goal === null || goal <= 0 || !programmed) return [];
      const sum = programmed.values.reduce((total, value) => total + value, 0);
      if (sameNumber(sum, goal)) return [];
      const shown = Number(sum.toPrecision(12));
      const [first, last] = [
        programmed.columns[0],
        programmed.columns[programmed.columns.length - 1],
      ];
      return [
        cellIssue(area, rowIndex, first.index, "programming.sumMismatch", "error", {
          value: shown,
          params: { sum: shown, goal, first: first.header, last: last.header },
        }),
      ];
    });
  },
};
