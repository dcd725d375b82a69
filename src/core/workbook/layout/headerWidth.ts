/**
 * Header cells that print whole: no word broken across lines. Measured by printing the 2021 plan with LibreOffice
 * and Carlito (Calibri's metric twin), headers in 11 pt bold: "Programado" (10 letters) prints whole in a column
 * 11 wide, "Ponderación" (11) broke in 10 and "Cumplimiento" (12) in 12 — a word needs its length plus one.
 */
import { LINE_HEIGHT } from "./wrappedRowHeight";

const words = (header: string): string[] => header.split(/\s+/).filter((word) => word.length > 0);

/** The narrowest width (characters) in which `header`, bold in 11 pt, wraps at spaces only. */
export function headerWidth(header: string): number {
  return Math.max(0, ...words(header).map((word) => Array.from(word).length)) + 1;
}

/** How many lines `header` takes in a column `width` wide, wrapped at spaces. */
function headerLines(header: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of words(header)) {
    const length = Array.from(word).length;
    if (used > 0 && used + 1 + length > width - 1) {
      lines += 1;
      used = length;
    } else used += (used > 0 ? 1 : 0) + length;
  }
  return lines;
}

/** The height (points) of a header row whose cells wrap at spaces, so that no header is cut. */
export function headerRowHeight(headers: string[], widths: number[]): number {
  const lines = Math.max(1, ...headers.map((header, index) => headerLines(header, widths[index])));
  return lines * LINE_HEIGHT;
}

/** Each width, widened where its header would otherwise break a word. */
export function widthsForHeaders(headers: string[], widths: number[]): number[] {
  return widths.map((width, index) => Math.max(width, headerWidth(headers[index] ?? "")));
}
