/** The input message of an area table's column (SPEC §3.3: an area lead without the add-in is still guided). */
import { Template } from "../../template/Template";
import {
  WorkbookGuidanceCode,
  workbookGuidanceMessages,
} from "../../messages/catalog/workbookGuidanceMessages";
import { formatMessage } from "../../messages/formatMessage";
import { AreaColumn } from "../areaColumns";

/** Excel's limits on an input message (longer ones make Excel report the file as damaged). */
export const PROMPT_TITLE_MAX = 32;
export const PROMPT_MESSAGE_MAX = 255;

const guide = (code: WorkbookGuidanceCode, params: Record<string, string | number> = {}): string =>
  formatMessage(workbookGuidanceMessages, "es", code, params);

function message(column: AreaColumn, template: Template, areaCode: string): string | null {
  const year = template.year;
  const values = (list: string): string => (template.lists[list] ?? []).join(", ");
  const period = column.period === undefined ? "" : template.periods.labels[column.period];
  switch (column.key) {
    case "id":
      return guide("guide.id", { example: `${areaCode}-01`, code: areaCode });
    case "indicatorType":
      return guide("guide.indicatorType", { values: values(column.list ?? "indicatorType") });
    case "reportStatus":
      return guide("guide.reportStatus", { values: values(column.list ?? "reportStatus") });
    case "programmed":
    case "executed":
      return guide(`guide.${column.key}`, { period });
    case "startDate":
    case "endDate":
      return guide(`guide.${column.key}`, { year });
    case "extra": {
      const required = column.required === true ? guide("guide.required") : "";
      const kind =
        column.type === "currency" || column.type === "computed" ? "number" : column.type;
      return guide(`guide.extra.${kind}`, { year, required });
    }
    case "programmedToDate":
    case "executedToDate":
    case "compliance":
    case "semaphore":
      return null; // computed and locked: nothing to type
    default:
      return guide(`guide.${column.key}`);
  }
}

export function columnPrompt(
  column: AreaColumn,
  template: Template,
  areaCode: string
): { title: string; message: string } | null {
  const text = message(column, template, areaCode);
  if (text === null) return null;
  return {
    title: column.header.slice(0, PROMPT_TITLE_MAX),
    message: text.length > PROMPT_MESSAGE_MAX ? `${text.slice(0, PROMPT_MESSAGE_MAX - 1)}…` : text,
  };
}
