/**
 * Issue order (SPEC §4: summaries first, then details): workbook structure first, as found; then area by area in
 * template order — the area's own summaries (unfilled rows, weights) before its rows — then by row and column.
 */
import { IssueCode } from "../messages/catalog/issueMessages";
import { parseCellAddress } from "../workbook/address";
import { Issue } from "./Issue";

const AREA_LEVEL = new Set<IssueCode>([
  "area.unfilledRows",
  "weights.notHundred",
  "weights.missing",
]);

const isStructure = (issue: Issue): boolean => issue.code.startsWith("structure.");
const columnOf = (issue: Issue): number => (issue.cell ? parseCellAddress(issue.cell).column : 0);

export function sortIssues(issues: Issue[], areaOrder: string[]): Issue[] {
  const position = (issue: Issue): number => {
    const index = issue.area === null ? -1 : areaOrder.indexOf(issue.area);
    return index < 0 ? areaOrder.length : index;
  };
  const keyed = issues.map((issue, index) => ({ issue, index }));
  keyed.sort((a, b) => {
    const structure = Number(isStructure(b.issue)) - Number(isStructure(a.issue));
    if (structure !== 0) return structure;
    if (isStructure(a.issue)) return a.index - b.index;
    return (
      position(a.issue) - position(b.issue) ||
      Number(!AREA_LEVEL.has(a.issue.code)) - Number(!AREA_LEVEL.has(b.issue.code)) ||
      (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
      columnOf(a.issue) - columnOf(b.issue) ||
      a.index - b.index
    );
  });
  return keyed.map(({ issue }) => issue);
}
