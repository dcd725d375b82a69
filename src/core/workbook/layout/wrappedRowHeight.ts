/**
 * How tall a row must be to show its wrapped texts: not every engine fits rows on open (LibreOffice keeps the default
 * height), so generated rows carry one — at most Excel's tallest row. Widths are column widths in characters.
 * The one estimate of wrapped lines for every sheet the project lays out (`Resumen`, `Matriz`, `Registro`, `Informe`).
 */
import { MAX_ROW_HEIGHT } from "../sheetLimits";

/** One line of 11-point text. */
export const LINE_HEIGHT = 15;

/**
 * Lines a text takes in a cell `width` characters wide, wrapping at spaces as Excel does (a word longer than a line
 * is broken; bold text is wider); each "\n" starts a line.
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  const room = Math.max(1, Math.floor((width - 2) / (bold ? 1.1 : 1)));
  return text.split("\n").reduce((lines, paragraph) => {
    let count = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter((part) => part !== "")) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= room) used = needed;
      else {
        count += (used === 0 ? 0 : 1) + Math.ceil(word.length / room) - 1;
        used = word.length % room || room;
      }
    }
    return lines + count;
  }, 0);
}

/** The height of a row holding each of `cells` wrapped in its column. */
export function wrappedRowHeight(
  cells: { text: string | null | undefined; width: number; bold?: boolean }[]
): number {
  const lines = Math.max(
    1,
    ...cells.map(({ text, width, bold }) => (text ? wrappedLines(text, width, bold) : 1))
  );
  return Math.min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT);
}
