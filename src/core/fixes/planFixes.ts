/** Every automatic fix of a validation report (SPEC §4, `fix`): one edit per cell, the first issue's fix winning. */
import { ValidationReport } from "../validation/ValidationReport";
import { CellEdit } from "../workbook/WorkbookPatch";

export function planFixes(report: ValidationReport): CellEdit[] {
  const edits = new Map<string, CellEdit>();
  for (const issue of report.issues) {
    if (!issue.fix) continue;
    const key = `${issue.fix.sheet}\u0000${issue.fix.cell.toUpperCase()}`;
    if (!edits.has(key)) edits.set(key, issue.fix);
  }
  return [...edits.values()];
}
