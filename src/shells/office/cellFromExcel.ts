/**
 * One cell as Office.js reads it (`values`, `valueTypes`, `formulas`, `numberFormat`) → the core's `Cell`, exactly as
 * the file readers give it: dates as serials (a number under a date format, the rule the package reader and
 * other readers of .xlsx files use), error values as `{ kind: "error" }`, "" as blank, formulas without "=" beside their value, and a formula made
 * only of string literals as the plain text it is (the "text stays text" rule, src/core/workbook/textLiteral.ts).
 * A date of a workbook in the 1904 date system becomes the core's 1900-system serial, as the file reader makes it
 * (src/core/workbook/dateSystem.ts; the host learns the system with dateSystem.ts).
 */
import { Cell, CellValue } from "../../core/workbook/CellValue";
import { coreDateSerial } from "../../core/workbook/dateSystem";
import { textOfLiteralFormula } from "../../core/workbook/textLiteral";
import { isDateFormat } from "../xlsx/package/read/isDateFormat";

/**
 * Every `Excel.RangeValueType` (excel.d.ts: Unknown, Empty, String, Integer, Double, Boolean, Error, RichValue):
 * Integer is a number like Double; RichValue (a data type: stocks, geography, an image) reads through `values` as
 * its display text or an error; Unknown (and anything newer) by what the value is.
 */
function valueOf(
  value: unknown,
  type: string,
  numberFormat: unknown,
  date1904: boolean
): CellValue {
  const number = (): CellValue =>
    isDateFormat(typeof numberFormat === "string" ? numberFormat : undefined)
      ? { kind: "date", serial: coreDateSerial(Number(value), date1904) }
      : { kind: "number", value: Number(value) };
  switch (type) {
    case "Empty":
      return { kind: "empty" };
    case "Error":
      return { kind: "error", code: String(value) };
    case "Boolean":
      return { kind: "boolean", value: value === true };
    case "Double":
    case "Integer":
      return number();
    case "String":
      return value === "" || value === null || value === undefined
        ? { kind: "empty" }
        : { kind: "text", value: String(value) };
    default:
      // RichValue, Unknown: what the value itself is.
      if (typeof value === "number") return number();
      if (typeof value === "boolean") return { kind: "boolean", value };
      if (typeof value === "string" && /^#[A-Z0-9/!?_]+[!?A]?$/.test(value) && value.length <= 16)
        return { kind: "error", code: value };
      return value === "" || value === null || value === undefined
        ? { kind: "empty" }
        : { kind: "text", value: String(value) };
  }
}

export function cellFromExcel(
  value: unknown,
  type: string,
  formula: unknown,
  numberFormat: unknown,
  /** Whether the workbook is in the 1904 date system (`queueDateSystem`). */
  date1904: boolean
): Cell {
  if (typeof formula === "string" && formula.startsWith("=")) {
    const text = textOfLiteralFormula(formula);
    if (text !== null) return text === "" ? { kind: "empty" } : { kind: "text", value: text };
    // Excel has calculated its formulas: a String result "" is the empty text (blank, calculated), never the value
    // the core cannot know (`isUncalculated`, a formula a file holds without its result). Excel gives no formula
    // the type Empty; the tests' Excel fake, which calculates nothing, does, and is read as a file would be.
    const result = valueOf(value, type, numberFormat, date1904);
    return {
      ...(result.kind === "empty" && type === "String" ? { kind: "text", value: "" } : result),
      formula: formula.slice(1),
    };
  }
  return valueOf(value, type, numberFormat, date1904);
}
