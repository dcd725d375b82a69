/**
 * An elapsed period (up to the cut-off) with something programmed and no executed value (SPEC §4, §5: blank
 * counts as 0, and is warned). The same meaning of "without report" as the informe's (plan/unreportedPeriods.ts).
 */
import { executedHeader } from "../../workbook/areaColumns";
import { elapsedPeriods, unreportedProgrammed } from "../../plan/unreportedPeriods";
import { cellIssue } from "../cellIssue";
import { columnOf } from "../columnOf";
import { rowRule } from "../rowRule";

export const executedMissingRule = rowRule({
  codes: ["executed.missing"],
  rows: (context) => (area) => {
    if (!context.cutoffKnown) return null;
    const periods = elapsedPeriods(area.sheet, area.config).flatMap((period) => {
      const executedColumn = columnOf(area, executedHeader(period.label));
      return executedColumn ? [{ period, index: executedColumn.index }] : [];
    });
    if (periods.length === 0) return null;
    return (row, rowIndex, issues) => {
      for (let at = 0; at < periods.length; at++) {
        const { period, index } = periods[at];
        const programmed = unreportedProgrammed(row, period);
        if (programmed === null) continue;
        issues.push(
          cellIssue(area, rowIndex, index, "executed.missing", "warning", {
            params: { period: period.label, cutoff: area.config.cutoffLabel, programmed },
          })
        );
      }
    };
  },
});
