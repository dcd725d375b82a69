/** `Meta` must be greater than 0 (SPEC §4). */
import { HEADERS } from "../../workbook/areaColumns";
import { cellIssue } from "../cellIssue";
import { columnOf } from "../columnOf";
import { rowRule } from "../rowRule";

export const goalRule = rowRule({
  codes: ["goal.notPositive"],
  rows: () => (area) => {
    const column = columnOf(area, HEADERS.goal);
    if (!column) return null;
    return (row, rowIndex, issues) => {
      const cell = row[column.index];
      if (cell !== undefined && cell.kind === "number" && cell.value <= 0)
        issues.push(cellIssue(area, rowIndex, column.index, "goal.notPositive", "error"));
    };
  },
});
