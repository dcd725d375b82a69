/**
 * A date that was typed or pasted as text → an Excel serial, read the es-CO way: day/month/year
 * ("15/03/2021", "15-03-2021", "15.03.2021", "15 de marzo de 2021", "15-mar-2021"), or ISO year-month-day
 * ("2021-03-15"). Without a year ("15/03") it is the plan's year. "03/15/2021" is not a date in this order
 * (month 15) and a two-digit year is ambiguous: neither is guessed.
 */
import { dateSerial, serialToDate } from "../workbook/dateSerial";
import { DateTextResult } from "./DateTextResult";
import { spanishMonth } from "./spanishMonth";

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d+)$/;
const DAY_MONTH = /^(\d{1,2})\s*[/-]\s*(\d{1,2})$/;
const WITH_MONTH_NAME =
  /^(\d{1,2})(?:\s+de\s+|\s*[/.-]\s*|\s+)([a-záéíóú]+\.?)(?:(?:\s+de\s+|\s+del\s+|\s*[/.,-]\s*|\s+)(\d+))?$/i;

function serialOf(year: number, month: number, day: number): DateTextResult {
  if (month < 1 || month > 12) return { ok: false, reason: "monthOutOfRange", month };
  const serial = dateSerial(year, month, day);
  const back = serialToDate(serial);
  if (day < 1 || back.year !== year || back.month !== month || back.day !== day)
    return { ok: false, reason: "invalidDate" };
  return { ok: true, value: serial };
}

function withYear(
  yearText: string | undefined,
  planYear: number,
  month: number,
  day: number
): DateTextResult {
  if (yearText === undefined) return serialOf(planYear, month, day);
  if (yearText.length === 2)
    return month >= 1 && month <= 12
      ? { ok: false, reason: "ambiguous" }
      : { ok: false, reason: "monthOutOfRange", month };
  if (yearText.length !== 4) return { ok: false, reason: "notADate" };
  return serialOf(Number(yearText), month, day);
}

export function parseDateText(text: string, year: number): DateTextResult {
  const trimmed = text.replace(/[\s\u00A0]+/g, " ").trim();
  const iso = ISO.exec(trimmed);
  if (iso) return serialOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DAY_MONTH_YEAR.exec(trimmed);
  if (dmy) return withYear(dmy[3], year, Number(dmy[2]), Number(dmy[1]));
  const dm = DAY_MONTH.exec(trimmed);
  if (dm) return withYear(undefined, year, Number(dm[2]), Number(dm[1]));
  const named = WITH_MONTH_NAME.exec(trimmed);
  if (named) {
    const month = spanishMonth(named[2]);
    if (month !== null) return withYear(named[3], year, month, Number(named[1]));
  }
  return { ok: false, reason: "notADate" };
}
