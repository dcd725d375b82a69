/** Per-area counts for the report: rows, filled and unfilled rows, errors and warnings. */
import { AreaContext } from "./AreaContext";
import { Issue } from "./Issue";
import { AreaSummary } from "./ValidationReport";

export function summarizeAreas(areas: AreaContext[], issues: Issue[]): AreaSummary[] {
  return areas.map((area) => {
    const own = issues.filter((issue) => issue.area === area.sheet.code);
    return {
      code: area.sheet.code,
      name: area.area.name,
      sheet: area.sheet.table.sheet,
      rows: area.rows.length,
      filledRows: area.filledRows.length,
      unfilledRows: area.unfilledRows.length,
      errors: own.filter((issue) => issue.severity === "error").length,
      warnings: own.filter((issue) => issue.severity === "warning").length,
    };
  });
}
