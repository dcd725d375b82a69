/** One rule's issues on a snapshot, as `validateWorkbook` would prepare its context. */
import { buildRuleContext } from "../../../src/core/validation/buildRuleContext";
import { Issue } from "../../../src/core/validation/Issue";
import { Rule } from "../../../src/core/validation/Rule";
import { ValidationOptions } from "../../../src/core/validation/RuleContext";
import { WorkbookSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";

export function runRule(
  rule: Rule,
  snapshot: WorkbookSnapshot,
  options: ValidationOptions = {}
): Issue[] {
  return rule.check(buildRuleContext(snapshot, options));
}

/** code@cell pairs, for compact assertions. */
export function at(issues: Issue[]): string[] {
  return issues.map((issue) => `${issue.code}@${issue.cell ?? "-"}`);
}
