/** Numbers and dates as people of each language read them: es-CO "12,5" and "15 de marzo de 2021", en "12.5" and "March 15, 2021". */
import { Language, LOCALE_OF } from "./Language";
import { serialToDate } from "../workbook/dateSerial";

/** One formatter per language, made when first needed (making one costs as much as formatting hundreds of numbers). */
const NUMBER_FORMATS: Partial<Record<Language, Intl.NumberFormat>> = {};

/** A number with the language's decimal mark and thousands separator (es-CO 1.234,5; en 1,234.5). */
export function formatNumber(value: number, language: Language): string {
  return (NUMBER_FORMATS[language] ??= new Intl.NumberFormat(LOCALE_OF[language], {
    maximumFractionDigits: 10,
  })).format(value);
}

/** A calendar day in words: es "29 de noviembre de 2026", en "November 29, 2026". */
export function formatLongDate(
  year: number,
  month: number,
  day: number,
  language: Language
): string {
  return new Intl.DateTimeFormat(LOCALE_OF[language], {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** An Excel date serial in words (see `formatLongDate`). */
export function formatSerialDate(serial: number, language: Language): string {
  const { year, month, day } = serialToDate(serial);
  return formatLongDate(year, month, day, language);
}

/** An ISO day (yyyy-mm-dd) in words; anything else is returned as it is. */
export function formatIsoDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match
    ? formatLongDate(Number(match[1]), Number(match[2]), Number(match[3]), language)
    : iso;
}
