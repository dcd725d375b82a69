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
  // Each key in a typed array by issue position, and the positions sorted: no key object per issue (heap sampling
  // of the core bench: 2.5 MB of key objects for its 24,434 issues, all alive until the sort ends).
  const count = issues.length;
  const structure = new Uint8Array(count);
  const area = new Int32Array(count);
  const detail = new Uint8Array(count);
  const row = new Int32Array(count);
  const column = new Int32Array(count);
  const rule = new Int32Array(count);
  const order = new Int32Array(count);
  for (let index = 0; index < count; index++) {
    const issue = issues[index];
    structure[index] = issue.code.startsWith("structure.") ? 1 : 0;
    area[index] =
      (issue.area === null ? undefined : areaPosition.get(issue.area)) ?? areaOrder.length;
    detail[index] = AREA_LEVEL.has(issue.code) ? 0 : 1;
    row[index] = issue.row ?? 0;
    column[index] = issue.cell ? addressColumn(issue.cell) : 0;
    rule[index] = rules[index] ?? 0;
    order[index] = index;
  }
  order.sort((a, b) => {
    if (structure[a] !== structure[b]) return structure[b] - structure[a];
    if (structure[a]) return rule[a] - rule[b] || a - b;
    return (
      area[a] - area[b] ||
      detail[a] - detail[b] ||
      row[a] - row[b] ||
      column[a] - column[b] ||
      rule[a] - rule[b] ||
      a - b
    );
  });
  return Array.from(order, (index) => issues[index]);
}
