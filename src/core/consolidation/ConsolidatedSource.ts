/**
 * An area as a consolidation's result names it: its code and the tab it was read from. Not the tab's rows: the
 * result outlives the write, and rows held by it would keep the whole plan in memory while the file is written.
 */
export type ConsolidatedSource = { code: string; tab: string };
