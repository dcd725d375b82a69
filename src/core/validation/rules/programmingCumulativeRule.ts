/**
 * Unit `Porcentaje`, `Sentido` Ascendente (or blank, which the formulas read as Ascendente): each programmed
 * period is the cumulative level, so the series never goes down and ends at `Meta` (SPEC §3.3, §4).
 */
import { DIRECTION_UP, UNIT_PERCENT } from "../../template/Template";
import { HEADERS } from "../../workbook/areaColumns";
import { EMPTY, isMissing } from "../../workbook/CellValue";
import { cellIssue } from "../cellIssue";
import { columnOf } from "../columnOf";
import { periodColumns, readPeriodNumbers } from "../periodNumbers";
import { listColumn, rowListValue } from "../rowListValue";
import { rowRule } from "../rowRule";
import { sameNumber } from "../sameNumber";

/** The first period below the one before it (beyond floating-point noise), or -1 when the series never drops. */
function firstDrop(values: readonly number[]): number {
  for (let period = 1; period < values.length; period++)
    if (values[period] < values[period - 1] && !sameNumber(values[period], values[period - 1]))
      return period;
  return -1;
}

export const programmingCumulativeRule = rowRule({
  codes: ["programming.notCumulative"],
  rows: () => (area) => {
    const unit = listColumn(area, HEADERS.unit, "unit");
    const direction = listColumn(area, HEADERS.direction, "direction");
    const goalColumn = columnOf(area, HEADERS.goal);
    const programmedColumns = periodColumns(area, "programmed");
    if (!unit || !goalColumn || !programmedColumns) return null;
    const values = programmedColumns.map(() => 0); // read into row after row
    return (row, rowIndex, issues) => {
      if (rowListValue(row, unit) !== UNIT_PERCENT) return;
      const directionBlank = !direction || isMissing(row[direction.index] ?? EMPTY);
      if (!directionBlank && rowListValue(row, direction) !== DIRECTION_UP) return;
      const goalCell = row[goalColumn.index];
      const goal = goalCell?.kind === "number" ? goalCell.value : null;
      if (goal === null || goal <= 0) return;
      if (!readPeriodNumbers(row, programmedColumns, values)) return;
      const drop = firstDrop(values);
      if (drop > 0) {
        issues.push(
          cellIssue(
            area,
            rowIndex,
            programmedColumns[drop].index,
            "programming.notCumulative",
            "error",
            {
              value: values[drop],
              params: { previous: values[drop - 1] },
            }
          )
        );
        return;
      }
      const last = values.length - 1;
      if (sameNumber(values[last], goal)) return;
      issues.push(
        cellIssue(
          area,
          rowIndex,
          programmedColumns[last].index,
          "programming.notCumulative",
          "error",
          {
            value: values[last],
            params: { variant: "lastNotGoal", goal },
          }
        )
      );
    };
  },
});
