/**
 * Fewer format commands for the same result: a sheet's styled ranges and row heights, as the core lays them out,
 * are one per row (an informe at 17 × 1,000 rows has 108,721 styled ranges and 40,470 row heights), and Office.js
 * sends one command per property per range. Rows styled alike one under the other become one range, and runs of
 * rows of the same height one `rowHeight`, so a write takes requests in proportion to the sheet's distinct styling,
 * not to its rows; merged cells likewise (`mergeRuns`). The patch itself is unchanged (the package writer needs no such thing).
 */
import { columnLetter, parseRangeAddress } from "../../core/workbook/address";
import { CellStyle, StyledRange } from "../../core/workbook/WorkbookPatch";

type Run = {
  key: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  style: CellStyle;
  /** Position of the run in the output: a range joins a run only if nothing after it there covers that range. */
  index: number;
};

const overlaps = (a: Omit<Run, "key" | "style" | "index">, b: Run): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

const addressOf = (run: Run): string => {
  const first = `${columnLetter(run.left)}${run.top}`;
  const last = `${columnLetter(run.right)}${run.bottom}`;
  return first === last ? first : `${first}:${last}`;
};

/**
 * The same formats as applying `styles` in order: a range joins the run of the same style and columns that ends on
 * the row above it when no range applied after that run's start overlaps it (the run is applied where it started,
 * so the joined range moves before those). Ranges are expected row by row; one that goes back up ends all merging
 * so far, which keeps the rule exact whatever the order.
 */
export function coalesceStyles(styles: StyledRange[]): StyledRange[] {
  const keys = new WeakMap<CellStyle, string>();
  const keyOf = (style: CellStyle): string => {
    let key = keys.get(style);
    if (key === undefined) keys.set(style, (key = JSON.stringify(style)));
    return key;
  };
  const output: Run[] = [];
  /** Runs that may still grow or be overlapped: their last row is at or below the row above the current one. */
  let active: Run[] = [];
  let open = new Map<string, Run>();
  let lastTop = 0;
  for (const { range, style } of styles) {
    const bounds = parseRangeAddress(range);
    if (bounds.top < lastTop) {
      active = [];
      open = new Map();
    } else if (bounds.top > lastTop) active = active.filter((run) => run.bottom >= bounds.top - 1);
    lastTop = bounds.top;
    const key = `${keyOf(style)}|${bounds.left}|${bounds.right}`;
    const run = open.get(key);
    if (
      run !== undefined &&
      run.bottom === bounds.top - 1 &&
      !active.some((other) => other.index > run.index && overlaps(bounds, other))
    ) {
      run.bottom = bounds.bottom;
      continue;
    }
    const added: Run = { key, ...bounds, style, index: output.length };
    output.push(added);
    active.push(added);
    open.set(key, added);
  }
  return output.map((run) => ({ range: addressOf(run), style: run.style }));
}

/** Consecutive rows of the same height as one range each: `{ rows: "5:9", height }`. */
export function rowHeightRuns(
  heights: { row: number; height: number }[]
): { first: number; last: number; height: number }[] {
  const runs: { first: number; last: number; height: number }[] = [];
  for (const { row, height } of heights) {
    const last = runs[runs.length - 1];
    if (last && last.height === height && last.last === row - 1) last.last = row;
    else runs.push({ first: row, last: row, height });
  }
  return runs;
}

/**
 * Merged cells as few commands: single-row merges of the same columns on consecutive rows become one range merged
 * `across` (each row a merged cell of its own, `Range.merge(true)`); other merges stay whole. Merges never overlap
 * (Excel refuses it), so their order does not matter.
 */
export function mergeRuns(merges: string[]): { range: string; across: boolean }[] {
  const runs: { top: number; bottom: number; left: number; right: number; across: boolean }[] = [];
  const open = new Map<string, (typeof runs)[number]>();
  for (const merge of merges) {
    const bounds = parseRangeAddress(merge);
    if (bounds.top !== bounds.bottom) {
      runs.push({ ...bounds, across: false });
      continue;
    }
    const key = `${bounds.left}|${bounds.right}`;
    const run = open.get(key);
    if (run && run.bottom === bounds.top - 1) {
      run.bottom = bounds.top;
      run.across = true;
      continue;
    }
    const added = { ...bounds, across: false };
    runs.push(added);
    open.set(key, added);
  }
  return runs.map((run) => ({
    range: `${columnLetter(run.left)}${run.top}:${columnLetter(run.right)}${run.bottom}`,
    across: run.across,
  }));
}
