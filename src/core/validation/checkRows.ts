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

type PreparedCheck = { check: RowCheck; everyRow: boolean; rule: number };

const NO_CELLS: readonly Cell[] = [];

export function checkRows(
  context: RuleContext,
  rules: readonly { rule: Rule; position: number }[],
  found: FoundIssues
): void {
  const prepared = rules.flatMap(({ rule, position }) =>
    rule.rows ? [{ forArea: rule.rows(context), everyRow: rule.everyRow === true, position }] : []
  );
  const { issues } = found;
  for (const area of context.areas) {
    const checks: PreparedCheck[] = [];
    for (const { forArea, everyRow, position } of prepared) {
      const check = forArea(area);
      if (check) checks.push({ check, everyRow, rule: position });
    }
    if (checks.length === 0) continue;
    const tableRows = area.sheet.table.rows;
    const filledRows = area.filledRows;
    let nextFilled = 0;
    for (const rowIndex of area.rows) {
      const filled = filledRows[nextFilled] === rowIndex;
      if (filled) nextFilled++;
      const row = tableRows[rowIndex] ?? NO_CELLS;
      for (const { check, everyRow, rule } of checks) {
        if (!filled && !everyRow) continue;
        const before = issues.length;
        check(row, rowIndex, issues, filled);
        for (let added = before; added < issues.length; added++) found.rules.push(rule);
      }
    }
  }
}
