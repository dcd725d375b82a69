/** A row that reports executed values (> 0) with `Evidencias` empty (SPEC §4 warning): once per row, at `Evidencias`. */
import { HEADERS, executedHeader } from "../../workbook/areaColumns";
import { cellIssue } from "../cellIssue";
import { cellNumber } from "../cellNumber";
import { columnOf } from "../columnOf";
import { flatMapFilledRows } from "../flatMapFilledRows";
import { isMissing } from "../../workbook/CellValue";
import { rowCell } from "../rowCell";
import { Rule } from "../Rule";

export const evidenceRule: Rule = {
  codes: ["executed.noEvidence"],
  check(context) {
    return flatMapFilledRows(context, (area, rowIndex) => {
      const evidence = columnOf(area, HEADERS.evidence);
      if (!evidence || !isMissing(rowCell(area, rowIndex, evidence.index))) return [];
      const periods = area.config.periodLabels.filter((label) => {
        const column = columnOf(area, executedHeader(label));
        return column !== undefined && (cellNumber(rowCell(area, rowIndex, column.index)) ?? 0) > 0;
      });
      return periods.length === 0
        ? []
        : [
            cellIssue(area, rowIndex, evidence.index, "executed.noEvidence", "warning", {
              params: { periods: periods.join(", ") },
            }),
          ];
    });
  },
};
