/** A row that reports executed values (> 0) with `Evidencias` empty (SPEC §4 warning): once per row, at `Evidencias`. */
import { HEADERS, executedHeader } from "../../workbook/areaColumns";
import { EMPTY, isMissing } from "../../workbook/CellValue";
import { cellIssue } from "../cellIssue";
import { columnOf } from "../columnOf";
import { rowRule } from "../rowRule";

export const evidenceRule = rowRule({
  codes: ["executed.noEvidence"],
  rows: () => (area) => {
    const evidence = columnOf(area, HEADERS.evidence);
    if (!evidence) return null;
    const executed = area.config.periodLabels.flatMap((label) => {
      const column = columnOf(area, executedHeader(label));
      return column ? [{ label, index: column.index }] : [];
    });
    return (row, rowIndex, issues) => {
      if (!isMissing(row[evidence.index] ?? EMPTY)) return;
      let periods: string[] | null = null;
      for (let at = 0; at < executed.length; at++) {
        const { label, index } = executed[at];
        const cell = row[index];
        if (cell !== undefined && cell.kind === "number" && cell.value > 0)
          (periods ??= []).push(label);
      }
      if (periods === null) return;
      issues.push(
        cellIssue(area, rowIndex, evidence.index, "executed.noEvidence", "warning", {
          params: { periods: periods.join(", ") },
        })
      );
    };
  },
});
