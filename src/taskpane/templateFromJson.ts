import { formatMessage } from "../core/messages/formatMessage";
import { Language } from "../core/messages/Language";
import { templateMessages } from "../core/messages/catalog/templateMessages";
import { Template } from "../core/template/Template";
import { parseTemplateJson } from "../core/template/validateTemplate";

/** A template file's text → the template, or the first problem in the user's language. */
export function templateFromJson(
  text: string,
  language: Language
): { template: Template } | { problem: string } {
  const { template, problems } = parseTemplateJson(text);
  if (template) return { template };
  const first = problems[0];
  return {
    problem: formatMessage(templateMessages, language, first.code, {
      field: first.field,
      expected: first.expected ?? "",
      actual: first.actual ?? "",
      detail: first.detail ?? "",
      line: first.line ?? 0,
      column: first.column ?? 0,
    }),
  };
}
