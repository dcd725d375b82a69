/** An executed value in a period after the cut-off (SPEC §4 warning): not counted yet, perhaps in the wrong period. */
import { executedHeader } from "../../workbook/areaColumns";
import { isMissing } from "../../workbook/CellValue";
import { cellIssue } from "../cellIssue";
import { columnOf } from "../columnOf";
import { rowRule } from "../rowRule";

export const executedAfterCutoffRule = rowRule({
  codes: ["executed.afterCutoff"],
  rows: (context) => (area) => {
    if (!context.cutoffKnown) return null;
    const later = area.config.periodLabels.flatMap((label, period) => {
      const column = columnOf(area, executedHeader(label));
      return period <= area.config.cutoffIndex || !column ? [] : [{ label, index: column.index }];
    });
    if (later.length === 0) return null;
    return (row, rowIndex, issues) => {
      for (let at = 0; at < later.length; at++) {
        const { label, index } = later[at];
        const cell = row[index];
        if (cell === undefined || isMissing(cell) || cell.kind === "error") continue;
        issues.push(
          cellIssue(area, rowIndex, index, "executed.afterCutoff", "warning", {
            params: { cutoff: area.config.cutoffLabel, period: label },
          })
        );
      }
    };
  },
});
