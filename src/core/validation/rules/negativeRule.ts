/** No negative numbers in the plan (SPEC §4): baseline, programming, execution, weights, budget. `Meta` has its own rule. */
import { cellIssue } from "../cellIssue";
import { rowRule } from "../rowRule";
import { NUMERIC_TYPES } from "./numberTypeRule";

export const negativeRule = rowRule({
  codes: ["number.negative"],
  rows: () => (area) => {
    const numeric = area.columns
      .filter((column) => NUMERIC_TYPES.includes(column.type) && column.key !== "goal")
      .map((column) => column.index);
    return (row, rowIndex, issues) => {
      for (let at = 0; at < numeric.length; at++) {
        const index = numeric[at];
        const cell = row[index];
        if (cell !== undefined && cell.kind === "number" && cell.value < 0)
          issues.push(cellIssue(area, rowIndex, index, "number.negative", "error"));
      }
    };
  },
});
