/** An issue about the workbook's structure rather than one data cell: fields that do not apply are null. */
import { IssueCode } from "../messages/catalog/issueMessages";
import { Issue, Severity } from "./Issue";

export function workbookIssue(
  code: IssueCode,
  severity: Severity,
  fields: Partial<Omit<Issue, "code" | "severity">> = {}
): Issue {
  return {
    severity,
    code,
    sheet: null,
    area: null,
    row: null,
    column: null,
    cell: null,
    value: null,
    params: {},
    ...fields,
  };
}
