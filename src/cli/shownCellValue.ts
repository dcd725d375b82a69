/**
 * A cell's value before or after a fix as the user reads it: text in quotes, numbers and dates in their language,
 * long text and formulas shortened to one readable line.
 */
import { formatNumber, formatSerialDate } from "../core/messages/formatLocale";
import { CellInput } from "../core/workbook/WorkbookPatch";
import { CliContext, say } from "./CliContext";
import { shortened } from "./shortened";

export function shownCellValue(
  value: CellInput | string | number | boolean | null,
  context: CliContext
): string {
  if (value === null) return "";
  if (typeof value === "number") return formatNumber(value, context.language);
  if (typeof value === "string")
    return say(context, "cli.fixTextValue", { value: shortened(value) });
  if (typeof value === "boolean")
    return context.language === "es" ? (value ? "VERDADERO" : "FALSO") : value ? "TRUE" : "FALSE";
  if ("formula" in value) return shortened(`=${value.formula}`);
  if ("error" in value) return value.error;
  return formatSerialDate(value.date, context.language);
}
