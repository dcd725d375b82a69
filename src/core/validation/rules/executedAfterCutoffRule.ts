/** An executed value in a period after the cut-off (SPEC §4 warning): not counted yet, perhaps in the wrong period. */
import { executedHeader } from "../../workbook/areaColumns";
import { cellIssue } from "../cellIssue";
import { columnOf } from "../columnOf";
import { flatMapFilledRows } from "../flatMapFilledRows";
import { Issue } from "../Issue";
import { isMissing } from "../../workbook/CellValue";
import { rowCell } from "../rowCell";
import { Rule } from "../Rule";

export const executedAfterCutoffRule: Rule = {
  codes: ["executed.afterCutoff"],
  check(context) {
    if (!context.cutoffKnown) return [];
    return flatMapFilledRows(context, (area, rowIndex) =>
      area.config.periodLabels.flatMap((label, period): Issue[] => {
        const column = columnOf(area, executedHeader(label));
        if (period <= area.config.cutoffIndex || !column) return [];
        const cell = rowCell(area, rowIndex, column.index);
        if (isMissing(cell) || cell.kind === "error") return [];
        return [
          cellIssue(area, rowIndex, column.index, "executed.afterCutoff", "warning", {
            params: { cutoff: area.config.cutoffLabel, period: label },
          }),
        ];
      })
    );
  },
};
