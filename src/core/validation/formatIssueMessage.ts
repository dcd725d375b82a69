/**
 * An issue's message in the UI language: the text of its code (or of its `params.variant`), with the issue's own
 * `{cell}`, `{column}`, `{value}`, `{sheet}`, `{area}` and `{row}` and its params filled in; numbers written the
 * language's way (es-CO "1.234,5", en "1,234.5"), booleans as Excel shows them.
 */
import { Language } from "../messages/Language";
import { fillPlaceholders, MessageParams } from "../messages/formatMessage";
import { formatNumber } from "../messages/formatLocale";
import { issueMessages, isIssueMessageKey } from "../messages/catalog/issueMessages";
import { Issue } from "./Issue";

const BOOLEAN: Record<Language, [string, string]> = {
  es: ["VERDADERO", "FALSO"],
  en: ["TRUE", "FALSE"],
};

function shown(value: Issue["value"], language: Language): string {
  if (value === null) return "";
  if (typeof value === "number") return formatNumber(value, language);
  if (typeof value === "boolean") return BOOLEAN[language][value ? 0 : 1];
  return value;
}

export function formatIssueMessage(issue: Issue, language: Language): string {
  const variant = issue.params.variant;
  const variantKey = variant === undefined ? null : `${issue.code}.${variant}`;
  const key = variantKey !== null && isIssueMessageKey(variantKey) ? variantKey : issue.code;
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(issue.params))
    params[name] = typeof value === "number" ? formatNumber(value, language) : value;
  const fields: MessageParams = {
    cell: issue.cell ?? "",
    column: issue.column ?? "",
    value: shown(issue.value, language),
    sheet: issue.sheet ?? "",
    area: issue.area ?? "",
    row: issue.row === null ? "" : String(issue.row),
  };
  return fillPlaceholders(issueMessages[language][key], { ...fields, ...params }, language);
}
