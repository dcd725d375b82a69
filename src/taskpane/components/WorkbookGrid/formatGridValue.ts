/**
 * A grid cell as text the locale's way (SPEC §9): es-CO 1.500.000, 0,15 and 01/02/2021; en-US 1,500,000, 0.15 and
 * 2/1/2021; a computed percentage 15,0 % / 15.0%; logical values VERDADERO/FALSO or TRUE/FALSE.
 */
import { formatPercent } from "../../../core/messages/formatPercent";
import { Language, LOCALE_OF } from "../../../core/messages/Language";
import { serialToDate } from "../../../core/workbook/dateSerial";
import { GridValue } from "../../BrowserWorkbook";

const pad = (value: number): string => String(value).padStart(2, "0");

function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE_OF[language], { maximumFractionDigits: 10 }).format(value);
}

function formatDate(serial: number, language: Language): string {
  const { year, month, day } = serialToDate(serial);
  return language === "es" ? `${pad(day)}/${pad(month)}/${year}` : `${month}/${day}/${year}`;
}

export function formatGridValue(value: GridValue | undefined, language: Language): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value, language);
  if (typeof value === "boolean")
    return language === "es" ? (value ? "VERDADERO" : "FALSO") : value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if ("date" in value) return formatDate(value.date, language);
  if (value.computed === null) return "";
  if (typeof value.computed === "string") return value.computed;
  return value.percent
    ? formatPercent(value.computed, language)
    : formatNumber(value.computed, language);
}
