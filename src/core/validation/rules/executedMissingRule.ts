/**
 * An elapsed period (up to the cut-off) with something programmed and no executed value (SPEC §4, §5: blank
 * counts as 0, and is warned). The same meaning of "without report" as the informe's (plan/unreportedPeriods.ts).
 */
import { executedHeader } from "../../workbook/areaColumns";
import { unreportedPeriods } from "../../plan/unreportedPeriods";
import { cellIssue } from "../cellIssue";
import { columnOf } from "../columnOf";
import { flatMapFilledRows } from "../flatMapFilledRows";
import { Issue } from "../Issue";
import { Rule } from "../Rule";

export const executedMissingRule: Rule = {
  codes: ["executed.missing"],
  check(context) {
    if (!context.cutoffKnown) return [];
    return flatMapFilledRows(context, (area, rowIndex) =>
      unreportedPeriods(area.sheet, rowIndex, area.config).flatMap(
        ({ label, programmed }): Issue[] => {
          const executedColumn = columnOf(area, executedHeader(label));
          if (!executedColumn) return [];
          return [
            cellIssue(area, rowIndex, executedColumn.index, "executed.missing", "warning", {
              params: { period: label, cutoff: area.config.cutoffLabel, programmed },
            }),
          ];
        }
      )
    );
  },
};
