/** Per-area counts for the report: rows, filled and unfilled rows, errors and warnings. */
import { AreaContext } from "./AreaContext";
import { Issue } from "./Issue";
import { AreaSummary } from "./ValidationReport";

export function summarizeAreas(areas: AreaContext[], issues: Issue[]): AreaSummary[] {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const issue of issues) {
    if (issue.area === null) continue;
    const count = counts.get(issue.area) ?? { errors: 0, warnings: 0 };
    if (issue.severity === "error") count.errors++;
    else count.warnings++;
    counts.set(issue.area, count);
  }
  return areas.map((area) => {
    const own = counts.get(area.sheet.code);
    return {
      code: area.sheet.code,
      name: area.area.name,
      sheet: area.sheet.table.sheet,
      rows: area.rows.length,
      filledRows: area.filledRows.length,
      unfilledRows: area.unfilledRows.length,
      errors: own?.errors ?? 0,
      warnings: own?.warnings ?? 0,
    };
  });
}
