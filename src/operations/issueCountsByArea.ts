import { IssueCounts } from "../core/validation/IssueCounts";
import { validateWorkbook } from "../core/validation/validateWorkbook";
import { WorkbookSnapshot } from "../core/workbook/WorkbookSnapshot";

/** Errors and warnings per area code, for the dashboard. */
export function issueCountsByArea(snapshot: WorkbookSnapshot, cutoff?: string): IssueCounts {
  const report = validateWorkbook(snapshot, { cutoff });
  return new Map(
    report.areas.map((area) => [area.code, { errors: area.errors, warnings: area.warnings }])
  );
}
