/** Unit `Número`: the programmed periods add up to `Meta` (SPEC §3.3, §4). */
import { UNIT_NUMBER } from "../../template/Template";
import { HEADERS } from "../../workbook/areaColumns";
import { cellIssue } from "../cellIssue";
import { columnOf } from "../columnOf";
import { periodColumns, readPeriodNumbers } from "../periodNumbers";
import { listColumn, rowListValue } from "../rowListValue";
import { rowRule } from "../rowRule";
import { sameNumber } from "../sameNumber";

export const programmingSumRule = rowRule({
  codes: ["programming.sumMismatch"],
  rows: () => (area) => {
    const unit = listColumn(area, HEADERS.unit, "unit");
    const goalColumn = columnOf(area, HEADERS.goal);
    const programmedColumns = periodColumns(area, "programmed");
    if (!unit || !goalColumn || !programmedColumns) return null;
    const values = programmedColumns.map(() => 0);
    const first = programmedColumns[0];
    const last = programmedColumns[programmedColumns.length - 1];
    return (row, rowIndex, issues) => {
      if (rowListValue(row, unit) !== UNIT_NUMBER) return;
      const goalCell = row[goalColumn.index];
      const goal = goalCell?.kind === "number" ? goalCell.value : null;
      if (goal === null || goal <= 0) return;
      if (!readPeriodNumbers(row, programmedColumns, values)) return;
      let sum = 0;
      for (let period = 0; period < values.length; period++) sum += values[period];
      if (sameNumber(sum, goal)) return;
      const shown = Number(sum.toPrecision(12));
      issues.push(
        cellIssue(area, rowIndex, first.index, "programming.sumMismatch", "error", {
          value: shown,
          params: { sum: shown, goal, first: first.header, last: last.header },
        })
      );
    };
  },
});
