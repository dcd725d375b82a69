/**
 * SPEC §4: every issue of a plan workbook, from its snapshot, with counts per area. The rules run over a context
 * prepared once (see `buildRuleContext`, which computes the semáforo once unless the operation passes it): the
 * workbook- and area-level rules once each, the row rules together in one walk over each area's rows
 * (`checkRows`). Pure — the caller decides what to print or fix.
 */
import { WorkbookSnapshot } from "../workbook/WorkbookSnapshot";
import { buildRuleContext } from "./buildRuleContext";
import { checkRows, FoundIssues } from "./checkRows";
import { RULES } from "./rules";
import { ValidationInputs, ValidationOptions } from "./RuleContext";
import { sortIssues } from "./sortIssues";
import { summarizeAreas } from "./summarizeAreas";
import { ValidationReport } from "./ValidationReport";

export function validateWorkbook(
  snapshot: WorkbookSnapshot,
  options: ValidationOptions = {},
  inputs: ValidationInputs = {}
): ValidationReport {
  const context = buildRuleContext(snapshot, options, inputs);
  const found: FoundIssues = { issues: [], rules: [] };
  RULES.forEach((rule, position) => {
    if (rule.rows) return;
    for (const issue of rule.check(context)) {
      found.issues.push(issue);
      found.rules.push(position);
    }
  });
  checkRows(
    context,
    RULES.flatMap((rule, position) => (rule.rows ? [{ rule, position }] : [])),
    found
  );
  const areaOrder = [
    ...context.areas.map((area) => area.sheet.code),
    ...context.plan.areas.map((sheet) => sheet.code),
  ];
  const issues = sortIssues(found.issues, areaOrder, found.rules);
  const areas = summarizeAreas(context.areas, issues);
  let errors = 0;
  let fixable = 0;
  for (const issue of issues) {
    if (issue.severity === "error") errors++;
    if (issue.fix !== undefined) fixable++;
  }
  return {
    issues,
    areas,
    summary: {
      areas: areas.length,
      rows: areas.reduce((sum, area) => sum + area.rows, 0),
      filledRows: areas.reduce((sum, area) => sum + area.filledRows, 0),
      errors,
      warnings: issues.length - errors,
      fixable,
    },
  };
}
