/** A1 addressing helpers. Rows and columns are 1-based. */
import { LAST_COLUMN } from "./sheetLimits";

/** Each column's letters once worked out (an issue's address asks for them; tens of thousands per validation). */
const LETTERS: string[] = [];

export function columnLetter(column: number): string {
  const known = LETTERS[column];
  if (known !== undefined) return known;
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  if (column >= 1 && column <= LAST_COLUMN && Number.isInteger(column)) LETTERS[column] = letters;
  return letters;
}

export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((sum, ch) => sum * 26 + (ch.charCodeAt(0) - 64), 0);
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

export function absolute(row: number, column: number): string {
  return `$${columnLetter(column)}$${row}`;
}

/** A sheet-qualified absolute reference, quoting the sheet name as Excel requires. */
export function sheetReference(sheet: string, reference: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${reference}`;
}

export function parseCellAddress(address: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (!match) throw new Error(`Not a cell address: ${address}`);
  return { row: Number(match[2]), column: columnIndex(match[1]) };
}

/**
 * The 1-based column of an A1 address (`K8` → 11, `$K$8` too), read without a regular expression: sorting
 * tens of thousands of issues asks it of each.
 */
export function addressColumn(address: string): number {
  let column = 0;
  for (let at = address.charCodeAt(0) === 36 ? 1 : 0; at < address.length; at++) {
    const code = address.charCodeAt(at) & ~0x20; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column;
}

export function parseRangeAddress(range: string): {
  top: number;
  left: number;
  bottom: number;
  right: number;
} {
  const [first, second = first] = range.split(":");
  const a = parseCellAddress(first);
  const b = parseCellAddress(second);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

/** Orders two cell addresses as a sheet is read: row by row, then column by column. */
export function byReadingOrder(a: string, b: string): number {
  const x = parseCellAddress(a);
  const y = parseCellAddress(b);
  return x.row - y.row || x.column - y.column;
}
