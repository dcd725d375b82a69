/**
 * SPEC §4: every issue of a plan workbook, from its snapshot, with counts per area. Runs the rule registry over a
 * context prepared once (see `buildRuleContext`); pure — the caller decides what to print or fix.
 */
import { WorkbookSnapshot } from "../workbook/WorkbookSnapshot";
import { buildRuleContext } from "./buildRuleContext";
import { RULES } from "./rules";
import { ValidationOptions } from "./RuleContext";
import { sortIssues } from "./sortIssues";
import { summarizeAreas } from "./summarizeAreas";
import { ValidationReport } from "./ValidationReport";

export function validateWorkbook(
  snapshot: WorkbookSnapshot,
  options: ValidationOptions = {}
): ValidationReport {
  const context = buildRuleContext(snapshot, options);
  const areaOrder = [
    ...context.areas.map((area) => area.sheet.code),
    ...context.plan.areas.map((sheet) => sheet.code),
  ];
  const issues = sortIssues(
    RULES.flatMap((rule) => rule.check(context)),
    areaOrder
  );
  const areas = summarizeAreas(context.areas, issues);
  return {
    issues,
    areas,
    summary: {
      areas: areas.length,
      rows: areas.reduce((sum, area) => sum + area.rows, 0),
      filledRows: areas.reduce((sum, area) => sum + area.filledRows, 0),
      errors: issues.filter((issue) => issue.severity === "error").length,
      warnings: issues.filter((issue) => issue.severity === "warning").length,
      fixable: issues.filter((issue) => issue.fix !== undefined).length,
    },
  };
}
