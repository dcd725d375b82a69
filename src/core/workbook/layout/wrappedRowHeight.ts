/**
 * The height (points) a row needs to show its wrapped texts: not every engine fits rows on open (LibreOffice
 * keeps the default height), so generated rows carry one — at most Excel's tallest row. `width` is the column width
 * in characters.
 */
import { MAX_ROW_HEIGHT } from "../sheetLimits";

/** One line of 11-point text. */
export const LINE_HEIGHT = 15;

export function wrappedRowHeight(
  cells: { text: string | null | undefined; width: number }[]
): number {
  const lines = Math.max(
    1,
    ...cells.map(({ text, width }) => (text ? Math.ceil(text.length / Math.max(width - 2, 1)) : 1))
  );
  return Math.min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT);
}
