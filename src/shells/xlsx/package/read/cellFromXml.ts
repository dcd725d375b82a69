/**
 * One `<c>` element's parts → the core's `Cell`, with the semantics of the tests' ExcelJS reader (in test/support,
 * `toCell` over a regular load): shared strings resolved, numbers under a date format become date serials (as ExcelJS rounds them, to the
 * millisecond), formulas keep their cached result — including the falsy ones (0, FALSE, "") ExcelJS's `cell.value`
 * drops — and an empty text is an empty cell, while rich text stays text. A formula without a cached result (no
 * `<v>`, or an empty one that is not a text's) is `{ kind: "empty", formula }`, the core's mark of a value it cannot
 * know (`isUncalculated`); one whose result is the empty text (`t="str"`, `<v></v>`) is empty text with its formula.
 *
 * Deliberate differences from ExcelJS, where ExcelJS is wrong: `t="str"` text is not entity-decoded a second time,
 * inline strings decode `_xHHHH_` like shared strings do, and `t="d"` (ISO date) cells are dates, not the year.
 *
 * A formula made only of string literals (`="=HYPERLINK(""x"")"`, how the Office host writes user text Excel would
 * otherwise evaluate) is the plain text it evaluates to, without a formula: the "text stays text" rule's reader side,
 * `textOfLiteralFormula` (src/core/workbook/textLiteral.ts), shared with the Office reader and the tests' ExcelJS reader.
 */
import { Cell, CellValue, EMPTY } from "../../../../core/workbook/CellValue";
import { serialFromUtcMillis } from "../../../../core/workbook/dateSerial";
import { textOfLiteralFormula } from "../../../../core/workbook/textLiteral";
import { CellCache } from "./CellCache";
import { DATE1904_OFFSET } from "../../../../core/workbook/dateSystem";
import { detachString } from "../xml/detachString";
import { SharedString } from "./readSharedStrings";
import { RowFormulaTexts } from "./RowFormulaTexts";

export type CellContext = {
  sharedStrings: SharedString[];
  /** The cells read so far, so that a value repeated down a column is held once. */
  cells: CellCache;
  /** The formulas read so far, so that a formula filled down a column is held once (else each cell has its text). */
  formulas?: RowFormulaTexts;
  /** Per cell format index: whether its number format is a date. */
  dateStyles: boolean[];
  date1904: boolean;
};

const DAY_MILLIS = 24 * 3600 * 1000;

function dateSerial(value: number, date1904: boolean): number {
  // ExcelJS's excelToDate, then the core's serial of those milliseconds: the same double as the tests' ExcelJS reader.
  const millis = new Date(
    Math.round((value - 25569 + (date1904 ? DATE1904_OFFSET : 0)) * DAY_MILLIS)
  ).getTime();
  return serialFromUtcMillis(millis);
}

function isoDateSerial(text: string): number {
  const millis = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`);
  return serialFromUtcMillis(millis);
}

function number(text: string, style: number, context: CellContext): CellValue {
  const value = parseFloat(text);
  return context.dateStyles[style]
    ? context.cells.date(dateSerial(value, context.date1904))
    : context.cells.number(value);
}

function text(value: string, context: CellContext): CellValue {
  return value === "" ? EMPTY : context.cells.text(value);
}

function sharedString(index: string, context: CellContext): CellValue {
  const at = parseInt(index, 10);
  const shared = context.sharedStrings[at];
  if (shared === undefined) return EMPTY;
  if (typeof shared !== "string") return { kind: "text", value: shared.rich };
  return shared === "" ? EMPTY : context.cells.sharedText(at, shared);
}

/** A formula's result that is the empty text (`t="str"`, `<v></v>`): blank, but calculated. */
const EMPTY_RESULT: CellValue = { kind: "text", value: "" };

/**
 * `type` is the `t` attribute; `value` the `<v>` text (undefined when absent, "" when empty); `inline` the `<is>` text;
 * `formula` the formula text, or undefined when the cell has no formula; `row`, `column` where the
 * cell is (a formula's text is held as `context.formulas`' when they are given).
 */
export function cellFromXml(
  type: string | undefined,
  style: number,
  value: string | undefined,
  inline: { text: string; rich: boolean } | undefined,
  formula: string | undefined,
  context: CellContext,
  row = 0,
  column = 0
): Cell {
  if (formula !== undefined) {
    const literal = textOfLiteralFormula(formula);
    if (literal !== null) return text(literal, context);
    // No `<v>`, or an empty one (openpyxl writes `<v></v>`): never calculated (`isUncalculated`). Only a text
    // result can be empty (`t="str"`, as Excel and LibreOffice write a formula that gives "").
    let result: CellValue = EMPTY;
    if (value === "") {
      if (type === "str") result = EMPTY_RESULT;
    } else if (value !== undefined) {
      if (type === "str") result = text(value, context);
      else if (type === "b") result = { kind: "boolean", value: parseInt(value, 10) !== 0 };
      else if (type === "e") result = { kind: "error", code: value };
      else result = number(value, style, context);
    }
    return formula !== "" && context.formulas && row > 0
      ? context.formulas.cell(result, formula, row, column)
      : { ...result, formula: detachString(formula) };
  }
  if (value === "") value = undefined;
  switch (type) {
    case "s":
      return value === undefined ? EMPTY : sharedString(value, context);
    case "str":
      return value === undefined ? EMPTY : text(value, context);
    case "inlineStr":
      if (!inline) return EMPTY;
      return inline.rich
        ? { kind: "text", value: detachString(inline.text) }
        : text(inline.text, context);
    case "b":
      return value === undefined ? EMPTY : { kind: "boolean", value: parseInt(value, 10) !== 0 };
    case "e":
      return value === undefined ? EMPTY : { kind: "error", code: value };
    case "d":
      return value === undefined ? EMPTY : { kind: "date", serial: isoDateSerial(value) };
    default:
      return value === undefined ? EMPTY : number(value, style, context);
  }
}
