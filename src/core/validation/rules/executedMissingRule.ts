/**
 * An elapsed period (up to the cut-off) with something programmed and no executed value (SPEC §4, §5: blank
 * counts as 0, and is warned).
 */
import { executedHeader, programmedHeader } from "../../workbook/areaColumns";
import { cellIssue } from "../cellIssue";
import { cellNumber } from "../cellNumber";
import { columnOf } from "../columnOf";
import { flatMapFilledRows } from "../flatMapFilledRows";
import { Issue } from "../Issue";
import { isMissing } from "../isMissing";
import { rowCell } from "../rowCell";
import { Rule } from "../Rule";

export const executedMissingRule: Rule = {
  name: "executedMissing",
  codes: ["executed.missing"],
  severity: "warning",
  check(context) {
    if (!context.cutoffKnown) return [];
    return flatMapFilledRows(context, (area, rowIndex) =>
      area.config.periodLabels.slice(0, area.config.cutoffIndex + 1).flatMap((label): Issue[] => {
        const programmedColumn = columnOf(area, programmedHeader(label));
        const executedColumn = columnOf(area, executedHeader(label));
        if (!programmedColumn || !executedColumn) return [];
        const programmed = cellNumber(rowCell(area, rowIndex, programmedColumn.index)) ?? 0;
        if (programmed <= 0 || !isMissing(rowCell(area, rowIndex, executedColumn.index))) return [];
        return [
          cellIssue(area, rowIndex, executedColumn.index, "executed.missing", "warning", {
            params: { period: label, cutoff: area.config.cutoffLabel, programmed },
          }),
        ];
      })
    );
  },
};
