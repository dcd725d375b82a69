/**
 * Users' charts on sheets an upgrade does not rewrite, whose series read a rebuilt area tab (SPEC §2 "Template
 * evolution"): their references follow the cells as cell formulas do (`MovedFormulas`), so that no chart a user built
 * silently reads another column. A host that read no charts (`WorkbookSnapshot.charts`) gets no edits.
 */
import { ChartEdit, ChartReferences } from "../workbook/ChartReferences";
import { MovedFormulas } from "./movedFormulas";

type ChartsBySheet = { sheet: string; charts: string[] }[];

/**
 * The charts on sheets the upgrade does not rewrite, with their references into rebuilt tabs moved (a chart's
 * references always name their sheet): the edits to write, and which charts moved or read a lost column, by sheet,
 * each named by its title or else by its number on the sheet ("#2").
 */
export function movedCharts(
  formulas: MovedFormulas,
  charts: ChartReferences[],
  written: Set<string>
): { edits: ChartEdit[]; moved: ChartsBySheet; lost: ChartsBySheet } {
  const edits: ChartEdit[] = [];
  const moved = new Map<string, string[]>();
  const lost = new Map<string, string[]>();
  const numbers = new Map<string, number>();
  const add = (into: Map<string, string[]>, sheet: string, label: string): void => {
    into.set(sheet, [...(into.get(sheet) ?? []), label]);
  };
  for (const chart of charts) {
    const number = (numbers.get(chart.sheet) ?? 0) + 1;
    numbers.set(chart.sheet, number);
    if (formulas.isEmpty || written.has(chart.sheet.toLowerCase())) continue;
    const results = chart.formulas.map((formula) => formulas.move(chart.sheet, formula));
    const label = chart.title ?? `#${number}`;
    if (results.some((result) => result.moved > 0)) {
      edits.push({ chart: chart.chart, formulas: results.map((result) => result.formula) });
      add(moved, chart.sheet, label);
    }
    if (results.some((result) => result.lost > 0)) add(lost, chart.sheet, label);
  }
  const listed = (bySheet: Map<string, string[]>): ChartsBySheet =>
    [...bySheet].map(([sheet, labels]) => ({ sheet, charts: labels }));
  return { edits, moved: listed(moved), lost: listed(lost) };
}
