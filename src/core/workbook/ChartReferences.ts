/**
 * A chart drawn on a sheet, as far as its series' references go: each `<c:f>` of the chart (series values, categories,
 * series names), in the order the chart holds them. A user's chart that reads an area tab must go on reading the same
 * cells when an upgrade moves them (SPEC §2 "Template evolution"; `MovedFormulas`). `chart` is the host's own handle
 * for it (the package shell: its part), given back unchanged in the patch (`ChartEdit`).
 */
export type ChartReferences = {
  sheet: string;
  chart: string;
  /** The chart's title, or null when it has none (the report then numbers it on its sheet). */
  title: string | null;
  formulas: string[];
};

/** A chart's references rewritten: `formulas` in place of the chart's own, one for one. */
export type ChartEdit = { chart: string; formulas: string[] };
