/**
 * What a user typed into the in-browser workbook → the value Excel stores for the same keystrokes in a General cell
 * under the user's regional settings (SPEC §9). The rules are Excel's documented ones:
 * - a leading apostrophe keeps the rest as text, exactly as typed ("Format numbers as text");
 * - a number is read with the locale's decimal mark and thousands separator (groups of three digits), with an
 *   optional sign, parentheses for a negative, a leading currency symbol and a trailing percent sign (÷ 100);
 *   leading zeros are dropped and only 15 significant digits are kept ("Keeping leading zeros and large numbers");
 * - a date is read in the locale's short-date order with "/" or "-" between parts; a two-digit year 00–29 is
 *   20xx and 30–99 is 19xx ("How Excel works with two-digit year numbers"); day and month alone are in the current
 *   year; yyyy-mm-dd is a date everywhere; a date that does not exist (29/02/2021) stays text;
 * - the locale's TRUE/FALSE words (VERDADERO/FALSO) are logical values;
 * - anything else stays text, as typed — validation then reports it (a number stored as text); never guessed at.
 * One deliberate difference: "=…" is kept as text, since nothing a user types here becomes a formula.
 */
import { dateSerial } from "../../core/workbook/dateSerial";
import { escapeRegExp } from "../../core/text/escapeRegExp";
import { CellInput } from "../../core/workbook/WorkbookPatch";
import { TypingLocale } from "./TypingLocale";

/** A group separator typed as a space also matches the no-break space some locales write (fr, pl). */
const groupPattern = (group: string): string =>
  /\s/.test(group) ? "[\\s\\u00a0\\u202f]" : escapeRegExp(group);

/** Keeps 15 significant digits, as Excel does: the digits after the 15th become zeros. */
function fifteenDigits(digits: string): string {
  let significant = 0;
  let result = "";
  for (const character of digits) {
    if (!/\d/.test(character)) {
      result += character;
      continue;
    }
    if (significant > 0 || character !== "0") significant++;
    result += significant > 15 ? "0" : character;
  }
  return result;
}

/** "1234.5" → shifted two places left ("12.345"), so 15 % is exactly 0.15. */
function hundredth(plain: string): string {
  const [whole, fraction = ""] = plain.split(".");
  const padded = whole.padStart(3, "0");
  return `${padded.slice(0, -2)}.${padded.slice(-2)}${fraction}`;
}

function typedNumber(text: string, locale: TypingLocale): number | null {
  let rest = text;
  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(rest);
  if (parenthesised) {
    negative = true;
    rest = parenthesised[1].trim();
  }
  const decimal = escapeRegExp(locale.decimal);
  const group = groupPattern(locale.group);
  const mantissa = `(?:\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${decimal}\\d*)?|${decimal}\\d+`;
  const pattern = new RegExp(
    `^([+-]?)(\\$\\s*)?([+-]?)(${mantissa})(?:[eE]([+-]?\\d{1,3}))?(\\s*%)?$`
  );
  const match = pattern.exec(rest);
  if (!match) return null;
  const [, signBefore, currency, signAfter, digits, exponent, percent] = match;
  if (signBefore && signAfter) return null;
  if (parenthesised && (signBefore || signAfter)) return null;
  if (currency && (percent || exponent)) return null;
  if (percent && exponent) return null;
  negative = negative || signBefore === "-" || signAfter === "-";
  let plain = fifteenDigits(
    digits.replace(new RegExp(group, "g"), "").replace(new RegExp(decimal), ".")
  );
  if (plain.startsWith(".")) plain = `0${plain}`;
  if (percent) plain = hundredth(plain);
  const value = Number(exponent ? `${plain}e${exponent}` : plain);
  if (!Number.isFinite(value)) return null;
  return negative && value !== 0 ? -value : value;
}

function realDate(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return dateSerial(year, month, day);
}

/** A typed year: four digits as they are, two digits in Excel's window (00–29 → 2000s, 30–99 → 1900s). */
function fullYear(text: string): number | null {
  if (text.length === 4) return Number(text);
  if (text.length <= 2) {
    const short = Number(text);
    return short < 30 ? 2000 + short : 1900 + short;
  }
  return null;
}

function typedDate(text: string, locale: TypingLocale, currentYear: number): number | null {
  const three = /^(\d{1,4})([/-])(\d{1,2})\2(\d{1,4})$/.exec(text);
  if (three) {
    const [first, , second, third] = [three[1], three[2], three[3], three[4]];
    if (first.length === 4) return realDate(Number(first), Number(second), Number(third));
    if (first.length > 2) return null;
    const year = fullYear(third);
    if (year === null) return null;
    return locale.dateOrder === "mdy"
      ? realDate(year, Number(first), Number(second))
      : realDate(year, Number(second), Number(first));
  }
  const two = /^(\d{1,2})[/-](\d{1,2})$/.exec(text);
  if (two) {
    const [first, second] = [Number(two[1]), Number(two[2])];
    return locale.dateOrder === "mdy"
      ? realDate(currentYear, first, second)
      : realDate(currentYear, second, first);
  }
  return null;
}

/**
 * The value Excel stores for `typed` under `locale`; `currentYear` is the year a day-and-month date falls in
 * (the year of "today", src/operations/today.ts).
 */
export function typedInput(typed: string, locale: TypingLocale, currentYear: number): CellInput {
  if (typed === "") return null;
  if (typed.startsWith("'")) return typed.slice(1);
  const trimmed = typed.trim();
  if (trimmed === "") return typed;
  const upper = trimmed.toUpperCase();
  if (upper === locale.trueWord) return true;
  if (upper === locale.falseWord) return false;
  const number = typedNumber(trimmed, locale);
  if (number !== null) return number;
  const serial = typedDate(trimmed, locale, currentYear);
  if (serial !== null) return { date: serial };
  return typed;
}
