/**
 * Unit `Porcentaje`, `Sentido` Ascendente (or blank, which the formulas read as Ascendente): each programmed
 * period is the cumulative level, so the series never goes down and ends at `Meta` (SPEC §3.3, §4).
 */
import { DIRECTION_UP, UNIT_PERCENT } from "../../template/Template";
import { HEADERS } from "../../workbook/areaColumns";
import { cellIssue } from "../cellIssue";
import { cellNumber } from "../cellNumber";
import { columnOf } from "../columnOf";
import { flatMapFilledRows } from "../flatMapFilledRows";
import { isMissing } from "../../workbook/CellValue";
import { periodNumbers } from "../periodNumbers";
import { rowCell } from "../rowCell";
import { rowListValue } from "../rowListValue";
import { Rule } from "../Rule";
import { sameNumber } from "../sameNumber";

export const programmingCumulativeRule: Rule = {
  codes: ["programming.notCumulative"],
  check(context) {
    return flatMapFilledRows(context, (area, rowIndex) => {
      if (rowListValue(area, rowIndex, HEADERS.unit, "unit") !== UNIT_PERCENT) return [];
      const directionColumn = columnOf(area, HEADERS.direction);
      const directionBlank =
        !directionColumn || isMissing(rowCell(area, rowIndex, directionColumn.index));
      if (
        !directionBlank &&
        rowListValue(area, rowIndex, HEADERS.direction, "direction") !== DIRECTION_UP
      )
        return [];
      const goalColumn = columnOf(area, HEADERS.goal);
      const goal = goalColumn ? cellNumber(rowCell(area, rowIndex, goalColumn.index)) : null;
      const programmed = periodNumbers(area, rowIndex, "programmed");
      if (goal === null || goal <= 0 || !programmed) return [];
      const { values, columns } = programmed;
      const drop = values.findIndex(
        (value, period) =>
          period > 0 && value < values[period - 1] && !sameNumber(value, values[period - 1])
      );
      if (drop > 0) {
        return [
          cellIssue(area, rowIndex, columns[drop].index, "programming.notCumulative", "error", {
            value: values[drop],
            params: { previous: values[drop - 1] },
          }),
        ];
      }
      const last = values.length - 1;
      if (sameNumber(values[last], goal)) return [];
      return [
        cellIssue(area, rowIndex, columns[last].index, "programming.notCumulative", "error", {
          value: values[last],
          params: { variant: "lastNotGoal", goal },
        }),
      ];
    });
  },
};
