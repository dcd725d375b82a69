import { IssueCounts } from "../core/validation/IssueCounts";
import { ValidationInputs } from "../core/validation/RuleContext";
import { validateWorkbook } from "../core/validation/validateWorkbook";
import { WorkbookSnapshot } from "../core/workbook/WorkbookSnapshot";

/** Errors and warnings per area code, for the dashboard (`inputs`: what the operation already computed). */
export function issueCountsByArea(
  snapshot: WorkbookSnapshot,
  cutoff?: string,
  inputs: ValidationInputs = {}
): IssueCounts {
  const report = validateWorkbook(snapshot, { cutoff }, inputs);
  return new Map(
    report.areas.map((area) => [area.code, { errors: area.errors, warnings: area.warnings }])
  );
}
