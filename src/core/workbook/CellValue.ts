import { FilledTextCell } from "./FilledTextCell";
import { RowFormulaText } from "./RowFormulaText";

/**
 * A cell as the core sees it, whichever shell read it. Error values are data, not exceptions.
 * `formula` (without the leading "=") is present when the cell holds a formula; the value is then its cached result.
 * A formula with no cached result (openpyxl, ExcelJS and scripts write formulas without calculating them) is
 * `{ kind: "empty", formula }`: its value is unknown, not blank (`isUncalculated`). A formula whose result is the
 * empty text is `{ kind: "text", value: "", formula }` (blank, and calculated).
 */
export type CellValue =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "boolean"; value: boolean }
  /** A date as an Excel serial number (1900 date system; 44197 = 2021-01-01). */
  | { kind: "date"; serial: number }
  | { kind: "error"; code: string };

/**
 * Where a reader that holds a formula as its column's `RowFormulaText` (`rowFormulaCell`) keeps it, beside the
 * `formula` that still reads as the row's text: not enumerable, so a cell compares and copies as its text alone.
 */
export const ROW_FORMULA: unique symbol = Symbol("rowFormula");

/** A formula held as its column's text and the cell's Excel row: the formula is `text.at(row)`. */
export type RowFormulaMark = { readonly text: RowFormulaText; readonly row: number };

export type Cell = CellValue & { formula?: string; readonly [ROW_FORMULA]?: RowFormulaMark };

/**
 * The empty cell. The package reader gives this one object for every blank cell, which `isBlank` and `isMissing`
 * then answer by identity, without reading a property of a cell whose shape varies (a tenth of validation's time
 * went to `isMissing` before, in the core bench's profile).
 */
export const EMPTY: Cell = { kind: "empty" };

export function isBlank(cell: Cell | undefined): boolean {
  if (cell === EMPTY || !cell) return true;
  if (cell instanceof FilledTextCell) return false;
  const kind = cell.kind;
  return kind === "empty" || (kind === "text" && isBlankText(cell.value));
}

/**
 * Only whitespace (what `trim` removes). A text whose first character is printable ASCII is answered without
 * calling `trim`, which validation would otherwise call on every typed text it tests.
 */
function isBlankText(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return text.trim() === "";
}

/** `cell.formula !== undefined`, read without building a `RowFormulaText`'s text. */
export function hasFormula(cell: Cell): boolean {
  return cell[ROW_FORMULA] !== undefined || cell.formula !== undefined;
}

/**
 * A formula whose value nobody calculated (no cached result in the file): the core has no formula engine, so it
 * cannot know what the cell holds. Readers give a formula with a known blank result as empty text instead.
 */
export function isUncalculated(cell: Cell): boolean {
  return cell !== EMPTY && cell.kind === "empty" && hasFormula(cell);
}

/** Nothing typed: blank, and no formula either (a formula not yet calculated is not missing). */
export function isMissing(cell: Cell): boolean {
  if (cell === EMPTY) return true;
  return isBlank(cell) && cell[ROW_FORMULA] === undefined && !cell.formula;
}
