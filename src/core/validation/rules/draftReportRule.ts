/** `Estado del reporte` still `Borrador` at the cut-off, on a filled row (SPEC §4 warning). */
import { REPORT_DRAFT } from "../../template/Template";
import { HEADERS } from "../../workbook/areaColumns";
import { cellIssue } from "../cellIssue";
import { listColumn, rowListValue } from "../rowListValue";
import { rowRule } from "../rowRule";

export const draftReportRule = rowRule({
  codes: ["report.stillDraft"],
  rows: (context) => (area) => {
    const column = listColumn(area, HEADERS.reportStatus, "reportStatus");
    if (!context.cutoffKnown || !column) return null;
    return (row, rowIndex, issues) => {
      if (rowListValue(row, column) !== REPORT_DRAFT) return;
      issues.push(
        cellIssue(area, rowIndex, column.index, "report.stillDraft", "warning", {
          params: { cutoff: area.config.cutoffLabel },
        })
      );
    };
  },
});
