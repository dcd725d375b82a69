/**
 * A validation rule (SPEC §4): the codes it can emit (the bad-input corpus proves each is reachable) and a pure
 * check over the whole workbook. Each issue carries its own severity.
 */
import { IssueCode } from "../messages/catalog/issueMessages";
import { Issue } from "./Issue";
import { RuleContext } from "./RuleContext";

export type Rule = {
  codes: readonly IssueCode[];
  check(context: RuleContext): Issue[];
};
