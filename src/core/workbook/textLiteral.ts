/**
 * "Text stays text" (SPEC §6, WorkbookPatch `CellInput`): the one rule every workbook shell follows so that a plain
 * string a user typed is never evaluated.
 *
 * Excel parses what is written through `Range.values` as if it were typed: a leading "=", "+", "-" makes a formula
 * (excel.d.ts; office-js#3256), "@" is the implicit-intersection operator, a leading apostrophe is swallowed
 * (office-js#6687), and "0,8", "80%", "1.000", "15/03/2021", "TRUE", "#N/A" may become numbers, dates, booleans or
 * errors. Office.js has no quote-prefix property, and whether `numberFormat = "@"` set first keeps text as text is
 * unverified (OFFICEJS.md). So the rule depends on nothing unverified:
 *
 *   a string that Excel could read as anything but itself is written as a formula made only of string literals,
 *   `="…"` with every `"` doubled, split into `"…"&"…"` pieces of at most 255 characters (Excel's limit for a
 *   text constant in a formula); every other string is written as it is.
 *
 * and its inverse for readers: a formula made only of string literals (joined with `&`) is read as the plain text it
 * evaluates to, without a formula. Excel shows the same text in the cell and sorts, filters and validates it as
 * text; the formula bar shows `="…"`. The test is deliberately wider than the four characters of the issue (see
 * `needsTextLiteral`): writing a harmless string as a literal costs nothing, a string turned into a number or a
 * formula loses what the user typed. The package writer stores strings as shared strings and needs
 * no guard when writing, but every reader should map literal formulas back with `textOfLiteralFormula` so a
 * workbook Excel saved reads the same as the one written here.
 */

/** Excel refuses a text constant longer than 255 characters inside a formula. */
export const MAX_FORMULA_TEXT_CONSTANT = 255;
/** Excel's limit on the length of a formula (excel.d.ts, "Formulas are limited to 8,192 characters"). */
export const MAX_FORMULA_LENGTH = 8192;

const FORMULA_START = /^[=+\-@']/;
/** Only digits, separators, signs, currency, percent, exponent, parentheses and spaces, with at least one digit. */
const NUMBER_LIKE = /^[\s\d.,:/\-+%$€£¥()eE]*\d[\s\d.,:/\-+%$€£¥()eE]*$/;
const BOOLEAN_LIKE = /^\s*(true|false|verdadero|falso)\s*$/i;
const MONTH =
  "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|january|february|march|april|june|july|august|september|october|november|december)";
/** "15-mar-2021", "mar 2021", "15 marzo", "March 15, 2021": shapes Excel may take for a date. */
const DATE_WITH_MONTH = new RegExp(
  `^\\s*(?:\\d{1,4}[\\s\\-/.,]*)?${MONTH}\\.?(?:[\\s\\-/.,]+\\d{1,4}){0,2}\\s*$`,
  "i"
);

/** Whether Excel could read `text`, written through `values`, as a formula or as anything but this text. */
export function needsTextLiteral(text: string): boolean {
  return (
    FORMULA_START.test(text) ||
    text.startsWith("#") ||
    NUMBER_LIKE.test(text) ||
    BOOLEAN_LIKE.test(text) ||
    DATE_WITH_MONTH.test(text)
  );
}

/**
 * The formula (without "=") whose value is exactly `text`: string literals joined with `&`. Null when Excel could
 * not hold it as a formula (longer than 8,192 characters); the caller must then say so rather than write it another way.
 */
export function textLiteralFormula(text: string): string | null {
  const pieces: string[] = [];
  let piece = "";
  let length = 0;
  for (const character of text) {
    const escaped = character === '"' ? '""' : character;
    if (length + escaped.length > MAX_FORMULA_TEXT_CONSTANT) {
      pieces.push(piece);
      piece = "";
      length = 0;
    }
    piece += escaped;
    length += escaped.length;
  }
  pieces.push(piece);
  const formula = pieces.map((literal) => `"${literal}"`).join("&");
  return formula.length + 1 > MAX_FORMULA_LENGTH ? null : formula;
}

const LITERAL_FORMULA = /^\s*"(?:[^"]|"")*"(?:\s*&\s*"(?:[^"]|"")*")*\s*$/;
const LITERAL = /"((?:[^"]|"")*)"/g;

/** The text a formula made only of string literals evaluates to; null for any other formula. Takes "=" or none. */
export function textOfLiteralFormula(formula: string): string | null {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  if (!LITERAL_FORMULA.test(body)) return null;
  let text = "";
  for (const match of body.matchAll(LITERAL)) text += match[1].replace(/""/g, '"');
  return text;
}
