/**
 * `T_Historial` after a consolidation (SPEC §6): the cut-off just consolidated replaces whatever was recorded for
 * it, every other cut-off's rows are kept, and the rows are ordered by cut-off (the plan's period order), then by
 * area (the plan's order), the institution last within its cut-off. Cut-offs and areas the plan does not know (a
 * period relabelled, an area removed by an upgrade) are kept, after the known ones, in the order they were found.
 */
import { HistoryEntry } from "./HistoryEntry";

export type HistoryOrder = {
  /** The plan's period labels, in order. */
  periodLabels: readonly string[];
  /** The plan's area codes, in order. */
  areaCodes: readonly string[];
};

/** A stable sort of entries by cut-off, then area, institution last. */
export function orderHistory(entries: HistoryEntry[], order: HistoryOrder): HistoryEntry[] {
  const rank = (list: readonly string[], value: string, fallback: number): number => {
    const index = list.indexOf(value);
    return index < 0 ? list.length + fallback : index;
  };
  const seenCutoffs = [...new Set(entries.map((entry) => entry.cutoff))];
  const seenCodes = [...new Set(entries.flatMap((entry) => (entry.code ? [entry.code] : [])))];
  const cutoffRank = (entry: HistoryEntry) =>
    rank(order.periodLabels, entry.cutoff, seenCutoffs.indexOf(entry.cutoff));
  const areaRank = (entry: HistoryEntry) =>
    entry.code === null
      ? Number.MAX_SAFE_INTEGER
      : rank(order.areaCodes, entry.code, seenCodes.indexOf(entry.code));
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        cutoffRank(a.entry) - cutoffRank(b.entry) ||
        areaRank(a.entry) - areaRank(b.entry) ||
        a.index - b.index
    )
    .map(({ entry }) => entry);
}

export function recordCutoff(
  previous: HistoryEntry[],
  current: HistoryEntry[],
  order: HistoryOrder
): HistoryEntry[] {
  const replaced = new Set(current.map((entry) => entry.cutoff));
  return orderHistory(
    [...previous.filter((entry) => !replaced.has(entry.cutoff)), ...current],
    order
  );
}
