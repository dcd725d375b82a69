/**
 * Issue order (SPEC §4: summaries first, then details): workbook structure first, as found; then area by area in
 * template order — the area's own summaries (unfilled rows, weights) before its rows — then by row and column, and
 * at one cell in the registry's order of the rules. Each issue's key is worked out once.
 */
import { IssueCode } from "../messages/catalog/issueMessages";
import { addressColumn } from "../workbook/address";
import { Issue } from "./Issue";

const AREA_LEVEL = new Set<IssueCode>([
  "area.unfilledRows",
  "weights.notHundred",
  "weights.missing",
]);

/**
 * `rules[i]` is the registry position of the rule that found `issues[i]` (issues are otherwise kept in the order
 * found): validation finds row issues row by row, not rule by rule.
 */
export function sortIssues(
  issues: Issue[],
  areaOrder: string[],
  rules: readonly number[] = []
): Issue[] {
  const areaPosition = new Map<string, number>();
  areaOrder.forEach((code, index) => {
    if (!areaPosition.has(code)) areaPosition.set(code, index);
  });
  const keys = issues.map((issue, index) => ({
    issue,
    index,
    structure: issue.code.startsWith("structure."),
    area: (issue.area === null ? undefined : areaPosition.get(issue.area)) ?? areaOrder.length,
    detail: AREA_LEVEL.has(issue.code) ? 0 : 1,
    row: issue.row ?? 0,
    column: issue.cell ? addressColumn(issue.cell) : 0,
    rule: rules[index] ?? 0,
  }));
  keys.sort((a, b) => {
    if (a.structure !== b.structure) return a.structure ? -1 : 1;
    if (a.structure) return a.rule - b.rule || a.index - b.index;
    return (
      a.area - b.area ||
      a.detail - b.detail ||
      a.row - b.row ||
      a.column - b.column ||
      a.rule - b.rule ||
      a.index - b.index
    );
  });
  return keys.map(({ issue }) => issue);
}
