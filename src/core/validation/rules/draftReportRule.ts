/** `Estado del reporte` still `Borrador` at the cut-off, on a filled row (SPEC §4 warning). */
import { REPORT_DRAFT } from "../../template/Template";
import { HEADERS } from "../../workbook/areaColumns";
import { cellIssue } from "../cellIssue";
import { columnOf } from "../columnOf";
import { flatMapFilledRows } from "../flatMapFilledRows";
import { rowListValue } from "../rowListValue";
import { Rule } from "../Rule";

export const draftReportRule: Rule = {
  codes: ["report.stillDraft"],
  check(context) {
    if (!context.cutoffKnown) return [];
    return flatMapFilledRows(context, (area, rowIndex) => {
      const column = columnOf(area, HEADERS.reportStatus);
      if (
        !column ||
        rowListValue(area, rowIndex, HEADERS.reportStatus, "reportStatus") !== REPORT_DRAFT
      )
        return [];
      return [
        cellIssue(area, rowIndex, column.index, "report.stillDraft", "warning", {
          params: { cutoff: area.config.cutoffLabel },
        }),
      ];
    });
  },
};
