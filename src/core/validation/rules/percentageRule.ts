/** Percentage columns (`Ponderación`, the template's percentage columns) hold fractions up to 100 % (SPEC §3.3). */
import { cellIssue } from "../cellIssue";
import { percentOf } from "../percentOf";
import { rowRule } from "../rowRule";

export const percentageRule = rowRule({
  codes: ["percentage.aboveOne"],
  rows: () => (area) => {
    const percentages = area.columns
      .filter((column) => column.type === "percentage")
      .map((column) => column.index);
    if (percentages.length === 0) return null;
    return (row, rowIndex, issues) => {
      for (let at = 0; at < percentages.length; at++) {
        const index = percentages[at];
        const cell = row[index];
        if (cell !== undefined && cell.kind === "number" && cell.value > 1)
          issues.push(
            cellIssue(area, rowIndex, index, "percentage.aboveOne", "error", {
              params: { percent: percentOf(cell.value) },
            })
          );
      }
    };
  },
});
