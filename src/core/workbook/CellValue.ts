/**
 * A cell as the core sees it, whichever shell read it. Error values are data, not exceptions.
 * `formula` (without the leading "=") is present when the cell holds a formula; the value is then its cached result.
 */
export type CellValue =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "boolean"; value: boolean }
  /** A date as an Excel serial number (1900 date system; 44197 = 2021-01-01). */
  | { kind: "date"; serial: number }
  | { kind: "error"; code: string };

export type Cell = CellValue & { formula?: string };

export const EMPTY: Cell = { kind: "empty" };

export function isBlank(cell: Cell | undefined): boolean {
  return !cell || cell.kind === "empty" || (cell.kind === "text" && cell.value.trim() === "");
}

/** Nothing typed: blank, and no formula either (a formula not yet calculated is not missing). */
export function isMissing(cell: Cell): boolean {
  return isBlank(cell) && !cell.formula;
}
