/**
 * Computed columns hold their live formulas (SPEC §3.2, §4, §5.1): a computed cell that no longer holds its
 * formula (`OverwrittenFormulaTest`, the test the semáforo makes its row `con-errores` by) was overwritten; the fix
 * writes the formula back. Checked on every row with anything typed, as the semáforo does. The semáforo the
 * operation computed ran the same test on each row it found without an input error: a row it left without an error
 * is not tested again.
 */
import { cellEdit, cellIssue } from "../cellIssue";
import { rowRule } from "../rowRule";

export const formulaRule = rowRule({
  codes: ["formula.overwritten"],
  everyRow: true,
  rows: () => (area) => {
    const test = area.formulaTest;
    if (!test) return null;
    const verdicts = area.semaphore?.rows;
    const { columns } = test;
    return (row, rowIndex, issues) => {
      if (verdicts !== undefined && verdicts[rowIndex]?.inputError === null) return;
      for (let at = 0; at < columns.length; at++) {
        if (!test.overwritten(row, rowIndex, at)) continue;
        const column = columns[at];
        const expected = test.expected(rowIndex, at);
        issues.push(
          cellIssue(area, rowIndex, column, "formula.overwritten", "error", {
            params: { expected, found: row[column]?.formula ?? "" },
            fix: cellEdit(area, rowIndex, column, { formula: expected }),
          })
        );
      }
    };
  },
});
