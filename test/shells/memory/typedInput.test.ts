/**
 * What Excel stores for what a user types into a General cell, in Colombia (es-CO: "." thousands, "," decimals,
 * d/m/y) and in the United States (en-US: "," thousands, "." decimals, m/d/y) — SPEC §9. Every expected value is
 * worked out by hand from Excel's documented entry rules and written as a literal (a date as its serial number:
 * 44197 is 1 January 2021). The current year, for a date typed without one, is 2021. Sources: Microsoft Support,
 * "Format numbers as text" (apostrophe), "Keeping leading zeros and large numbers" (leading zeros, 15 digits),
 * "Change the Windows regional settings to modify the appearance of some data types" (separators and date order),
 * "How Excel works with two-digit year numbers" (00–29 → 2000s, 30–99 → 1900s), "Format numbers as percentages".
 */
import { CellInput } from "../../../src/core/workbook/WorkbookPatch";
import { typedInput } from "../../../src/shells/memory/typedInput";
import { typingLocale } from "../../../src/shells/memory/TypingLocale";

type Row = [typed: string, stored: CellInput];

const ES_CO: Row[] = [
  // Numbers with the locale's separators: "." groups thousands (groups of three digits), "," is the decimal mark.
  ["2.500", 2500],
  ["1.200", 1200],
  ["1.000", 1000],
  ["1.500.000", 1500000],
  ["2.500,75", 2500.75],
  ["0,25", 0.25],
  [",5", 0.5],
  ["3", 3],
  ["1500000", 1500000],
  ["1.500.000,50", 1500000.5],
  // A "." that does not separate groups of three, or the other locale's decimal mark: not a number here → text.
  ["2.5", "2.5"],
  ["0.25", "0.25"],
  ["1.2345", "1.2345"],
  ["1,234.5", "1,234.5"],
  ["1 500", "1 500"],
  // Percent: a trailing "%" (with or without a space) divides by 100.
  ["15%", 0.15],
  ["15 %", 0.15],
  ["12,5%", 0.125],
  ["-15%", -0.15],
  ["100%", 1],
  // Currency: a leading "$", with or without a space.
  ["$ 1.500.000", 1500000],
  ["$1.500.000", 1500000],
  ["-$ 2.000", -2000],
  // Negatives: a leading minus, or parentheses.
  ["-3,5", -3.5],
  ["(2.000)", -2000],
  ["-0", 0],
  // Scientific notation is a number (with the locale's decimal mark).
  ["1,5E3", 1500],
  // Leading zeros are dropped from a number; more than 15 significant digits are cut to zeros.
  ["007", 7],
  ["00123", 123],
  ["1234567890123456789", 1234567890123450000],
  // A leading apostrophe keeps the rest as text, exactly as typed (the apostrophe itself is not stored).
  ["'007", "007"],
  ["'15%", "15%"],
  ["'01/02/2021", "01/02/2021"],
  // Dates in day/month/year order, "/" or "-" between the parts.
  ["01/02/2021", { date: 44228 }],
  ["1/2/2021", { date: 44228 }],
  ["1-2-2021", { date: 44228 }],
  ["15/03/2021", { date: 44270 }],
  ["31/12/2021", { date: 44561 }],
  ["29/02/2020", { date: 43890 }],
  ["2021-06-30", { date: 44377 }],
  // Two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999.
  ["1/2/21", { date: 44228 }],
  ["1/2/29", { date: 47150 }],
  ["1/2/30", { date: 10990 }],
  ["5/1/99", { date: 36165 }],
  // Day and month only: the current year.
  ["1/2", { date: 44228 }],
  // A day that does not exist, or month/day order: no date → text.
  ["29/02/2021", "29/02/2021"],
  ["03/15/2021", "03/15/2021"],
  ["32/01/2021", "32/01/2021"],
  // Logical values in Spanish.
  ["VERDADERO", true],
  ["falso", false],
  ["TRUE", "TRUE"],
  // Text that only looks numeric stays text, as typed.
  ["DJ-01", "DJ-01"],
  ["12abc", "12abc"],
  ["N/A", "N/A"],
  ["+57 300 123 4567", "+57 300 123 4567"],
  ["1.2.3", "1.2.3"],
  ["$ 15%", "$ 15%"],
  // Never a formula (the one deliberate difference from Excel).
  ["=SUMA(A1:A3)", "=SUMA(A1:A3)"],
  // Nothing typed clears the cell; spaces alone are text, as in Excel.
  ["", null],
  ["   ", "   "],
];

const EN_US: Row[] = [
  // Numbers: "," groups thousands (groups of three digits), "." is the decimal mark.
  ["2,500", 2500],
  ["1,200", 1200],
  ["1,500,000", 1500000],
  ["2,500.75", 2500.75],
  ["0.25", 0.25],
  [".5", 0.5],
  ["3", 3],
  ["1,500,000.50", 1500000.5],
  // "." is the decimal mark here: what a Colombian means as 1.200 is 1.2 in an English workbook.
  ["1.200", 1.2],
  ["2.500", 2.5],
  // The other locale's separators, or groups that are not of three digits: text.
  ["0,25", "0,25"],
  ["1.500.000", "1.500.000"],
  ["12,5", "12,5"],
  ["1,2345", "1,2345"],
  // Percent.
  ["15%", 0.15],
  ["15 %", 0.15],
  ["12.5%", 0.125],
  ["-15%", -0.15],
  // Currency.
  ["$1,500,000", 1500000],
  ["$ 1,500,000", 1500000],
  ["-$2,000", -2000],
  ["$ 1.500.000", "$ 1.500.000"],
  // Negatives.
  ["-3.5", -3.5],
  ["(2,000)", -2000],
  // Scientific notation.
  ["1E3", 1000],
  ["1.5e3", 1500],
  // Leading zeros dropped; 15 significant digits.
  ["007", 7],
  ["00123", 123],
  ["1234567890123456789", 1234567890123450000],
  // Leading apostrophe.
  ["'007", "007"],
  ["'1,500", "1,500"],
  // Dates in month/day/year order.
  ["02/01/2021", { date: 44228 }],
  ["2/1/2021", { date: 44228 }],
  ["2-1-2021", { date: 44228 }],
  ["3/15/2021", { date: 44270 }],
  ["12/31/2021", { date: 44561 }],
  ["2/29/2020", { date: 43890 }],
  ["2021-06-30", { date: 44377 }],
  // Two-digit years.
  ["1/2/21", { date: 44198 }],
  ["1/2/29", { date: 47120 }],
  ["1/2/30", { date: 10960 }],
  // Month and day only: the current year.
  ["1/2", { date: 44198 }],
  // No such date in month/day/year order: text.
  ["15/03/2021", "15/03/2021"],
  ["2/29/2021", "2/29/2021"],
  ["13/01/2021", "13/01/2021"],
  // Logical values in English.
  ["TRUE", true],
  ["false", false],
  ["VERDADERO", "VERDADERO"],
  // Text that only looks numeric.
  ["DJ-01", "DJ-01"],
  ["12abc", "12abc"],
  ["N/A", "N/A"],
  ["1.2.3", "1.2.3"],
  ["=SUM(A1:A3)", "=SUM(A1:A3)"],
  ["", null],
];

describe.each([
  ["es-CO", ES_CO],
  ["en-US", EN_US],
])("typed in %s", (tag, rows) => {
  const locale = typingLocale(tag);
  it("has at least 40 cases", () => expect(rows.length).toBeGreaterThanOrEqual(40));
  it.each(rows)("%j is stored as %j", (typed, stored) => {
    expect(typedInput(typed, locale, 2021)).toEqual(stored);
  });
});
