/** A validation issue as one CLI line: where (cell and row ID, the sheet, or the workbook), then what to do. */
import { formatIssueMessage } from "../core/validation/formatIssueMessage";
import { Issue } from "../core/validation/Issue";
import { CliContext, say } from "./CliContext";
import { sheetReference } from "./quote";
import { shortened } from "./shortened";

/** The issue as a console line shows it: a long offending value shortened (`--json` keeps it whole). */
const forConsole = (issue: Issue): Issue =>
  typeof issue.value === "string" ? { ...issue, value: shortened(issue.value) } : issue;

/** The issue's message, its row named by number and ID ("fila 12 (DJ-05)") where the row has one. */
export function issueMessage(fullIssue: Issue, context: CliContext): string {
  const issue = forConsole(fullIssue);
  const id = issue.id;
  if (id === undefined || issue.row === null) return formatIssueMessage(issue, context.language);
  const row = say(context, "cli.rowWithId", { row: issue.row, id });
  return formatIssueMessage({ ...issue, params: { ...issue.params, row } }, context.language);
}

/**
 * Where the issue is: "K8 (DJ-05) Meta", "Hoja «Configuración»", or "Libro" — never an empty place. Outside its
 * area's heading (`withSheet`) a cell is written with its sheet as Excel does: `'3.1 Dirección Jurídica'!K8`.
 */
export function issueWhere(issue: Issue, context: CliContext, withSheet = false): string {
  if (issue.cell !== null) {
    const cell =
      withSheet && issue.sheet !== null ? sheetReference(issue.sheet, issue.cell) : issue.cell;
    const id = issue.id;
    const column = issue.column ?? "";
    const where =
      id === undefined
        ? say(context, "cli.whereCell", { cell, column })
        : say(context, "cli.whereCellWithId", { cell, id, column });
    return where.trim();
  }
  if (issue.sheet !== null) return say(context, "cli.whereSheet", { sheet: issue.sheet });
  return say(context, "cli.whereWorkbook");
}

export function issueLine(issue: Issue, context: CliContext, withSheet = false): string {
  return say(context, "cli.validateIssue", {
    marker: issue.severity === "error" ? "✗" : "!",
    where: issueWhere(issue, context, withSheet),
    message: issueMessage(issue, context),
  });
}
