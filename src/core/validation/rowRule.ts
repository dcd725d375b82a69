/** A rule about single rows: its `check` (one rule alone, as its tests run it) walks the rows for that rule only. */
import { IssueCode } from "../messages/catalog/issueMessages";
import { checkRows } from "./checkRows";
import { AreaRowChecks, Rule } from "./Rule";
import { RuleContext } from "./RuleContext";

export function rowRule(definition: {
  codes: readonly IssueCode[];
  rows: (context: RuleContext) => AreaRowChecks;
  everyRow?: boolean;
}): Rule {
  const rule: Rule = {
    ...definition,
    check(context) {
      const found = { issues: [], rules: [] };
      checkRows(context, [{ rule, position: 0 }], found);
      return found.issues;
    },
  };
  return rule;
}
