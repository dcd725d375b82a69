/** Compliance above the over-execution threshold (SPEC §5: flagged for review), as the semáforo computed it. */
import { HEADERS } from "../../workbook/areaColumns";
import { cellIssue } from "../cellIssue";
import { percentOf } from "../percentOf";
import { rowRule } from "../rowRule";

export const overExecutionRule = rowRule({
  codes: ["compliance.overExecution"],
  rows: (context) => (area) => {
    const semaphore = area.semaphore;
    if (!context.cutoffKnown || !semaphore) return null;
    const column = area.sheet.columns.get(HEADERS.compliance) ?? 0;
    const threshold = percentOf(area.config.bands.overExecution);
    return (_row, rowIndex, issues) => {
      const row = semaphore.rows[rowIndex];
      if (!row || !row.overExecution || row.compliance === null || row.inputError) return;
      issues.push(
        cellIssue(area, rowIndex, column, "compliance.overExecution", "warning", {
          value: row.compliance,
          params: { compliance: percentOf(row.compliance), threshold },
        })
      );
    };
  },
});
