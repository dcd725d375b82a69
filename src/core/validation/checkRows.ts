/**
 * The one walk over the rows: every row rule prepared for an area, then each row with anything typed read once,
 * each rule's check called on it (on filled rows; on every row for the rules that ask).
 */
import { Cell } from "../workbook/CellValue";
import { Issue } from "./Issue";
import { RowCheck, Rule } from "./Rule";
import { RuleContext } from "./RuleContext";

/** Issues in the order found, with the registry position of the rule that found each (for `sortIssues`). */
export type FoundIssues = { issues: Issue[]; rules: number[] };

const NO_CELLS: readonly Cell[] = [];

export function checkRows(
  context: RuleContext,
  rules: readonly { rule: Rule; position: number }[],
  found: FoundIssues
): void {
  const prepared = rules.flatMap(({ rule, position }) =>
    rule.rows ? [{ forArea: rule.rows(context), everyRow: rule.everyRow === true, position }] : []
  );
  const { issues, rules: foundRules } = found;
  for (const area of context.areas) {
    // The checks as parallel arrays (measured: no object read per check per row), those that also see the
    // rows holding only the generated defaults first, so that an unfilled row stops after them.
    const checks: RowCheck[] = [];
    const positions: number[] = [];
    let everyRowChecks = 0;
    for (const { forArea, everyRow, position } of prepared) {
      const check = forArea(area);
      if (!check) continue;
      if (everyRow) {
        checks.splice(everyRowChecks, 0, check);
        positions.splice(everyRowChecks, 0, position);
        everyRowChecks++;
      } else {
        checks.push(check);
        positions.push(position);
      }
    }
    if (checks.length === 0) continue;
    const tableRows = area.sheet.table.rows;
    const { rows, filledRows } = area;
    let nextFilled = 0;
    for (let at = 0; at < rows.length; at++) {
      const rowIndex = rows[at];
      const filled = filledRows[nextFilled] === rowIndex;
      if (filled) nextFilled++;
      const row = tableRows[rowIndex] ?? NO_CELLS;
      const count = filled ? checks.length : everyRowChecks;
      for (let which = 0; which < count; which++) {
        const before = issues.length;
        checks[which](row, rowIndex, issues, filled);
        for (let added = before; added < issues.length; added++) foundRules.push(positions[which]);
      }
    }
  }
}
