/** A rectangle of cells by its inclusive bounds (1-based or 0-based: the caller's choice, the same for both). */
import { cellAddress, rangeAddress } from "./address";
import type { CellBlock } from "./WorkbookPatch";

export type Rect = { top: number; left: number; bottom: number; right: number };

/** A 1-based `rect` as Excel names it: one cell's address ("C11"), or the range ("B11:K13"). */
export const rectAddress = (rect: Rect): string =>
  rect.top === rect.bottom && rect.left === rect.right
    ? cellAddress(rect.top, rect.left)
    : rangeAddress(rect.top, rect.left, rect.bottom, rect.right);

/** The cells a patch's block of values covers (1-based). */
export const blockRect = (block: CellBlock): Rect => ({
  top: block.row,
  left: block.column,
  bottom: block.row + block.values.length - 1,
  right: block.column + Math.max(1, ...block.values.map((row) => row.length)) - 1,
});

/** Whether the cell at `row`, `column` lies inside `rect`. */
export const contains = (rect: Rect, row: number, column: number): boolean =>
  row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;

/** Whether two rectangles share a cell. */
export const overlaps = (a: Rect, b: Rect): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/**
 * The parts of `outer` outside `inner`, as at most four rectangles (above, below, then left and right of `inner`
 * over its rows), none empty; `outer` whole when there is no `inner`.
 */
export function rectsAround(outer: Rect, inner: Rect | null): Rect[] {
  if (!inner) return [outer];
  const top = Math.max(outer.top, inner.top);
  const bottom = Math.min(outer.bottom, inner.bottom);
  return [
    {
      top: outer.top,
      left: outer.left,
      bottom: Math.min(outer.bottom, inner.top - 1),
      right: outer.right,
    },
    {
      top: Math.max(outer.top, inner.bottom + 1),
      left: outer.left,
      bottom: outer.bottom,
      right: outer.right,
    },
    { top, left: outer.left, bottom, right: Math.min(outer.right, inner.left - 1) },
    { top, left: Math.max(outer.left, inner.right + 1), bottom, right: outer.right },
  ].filter((rect) => rect.top <= rect.bottom && rect.left <= rect.right);
}

/** The smallest rectangle holding every one of `rects`; null for none. */
export function boundingRect(rects: Rect[]): Rect | null {
  if (rects.length === 0) return null;
  return {
    top: Math.min(...rects.map((rect) => rect.top)),
    left: Math.min(...rects.map((rect) => rect.left)),
    bottom: Math.max(...rects.map((rect) => rect.bottom)),
    right: Math.max(...rects.map((rect) => rect.right)),
  };
}
