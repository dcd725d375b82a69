/** A validation rule (SPEC §4): the codes it can emit, their severity, and a pure check over the whole workbook. */
import { IssueCode } from "../messages/catalog/issueMessages";
import { Issue, Severity } from "./Issue";
import { RuleContext } from "./RuleContext";

export type Rule = {
  name: string;
  codes: readonly IssueCode[];
  severity: Severity;
  check(context: RuleContext): Issue[];
};
