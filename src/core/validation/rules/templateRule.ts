/** Structure: the workbook must carry a template this version understands (SPEC §2 "Template evolution", §4). */
import { parseTemplateJson } from "../../template/validateTemplate";
import { MessageParams } from "../../messages/formatMessage";
import { SHEET } from "../../workbook/sheetNames";
import { Rule } from "../Rule";
import { workbookIssue } from "../workbookIssue";

export const templateRule: Rule = {
  codes: ["structure.noTemplate", "structure.unknownTemplateVersion"],
  check({ plan, snapshot }) {
    if (plan.templateProblem === "missing")
      return [workbookIssue("structure.noTemplate", "error", { sheet: SHEET.template })];
    if (plan.templateProblem !== "invalid") return [];
    const { problems } = parseTemplateJson(snapshot.templateJson ?? "", { stored: true });
    const unsupported = problems.find((problem) => problem.code === "template.unsupportedSchema");
    const params: MessageParams = unsupported
      ? {
          variant: "unsupportedSchema",
          found: unsupported.actual ?? "?",
          supported: unsupported.expected ?? "?",
        }
      : { field: problems[0]?.field || "JSON" };
    return [
      workbookIssue("structure.unknownTemplateVersion", "error", {
        sheet: SHEET.template,
        params,
        value: unsupported?.actual ?? null,
      }),
    ];
  },
};
