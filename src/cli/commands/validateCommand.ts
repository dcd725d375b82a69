/** `plan-matrix validate FILE.xlsx [--cutoff T2] [--json]` (SPEC §4, §8): summaries first, then each issue. */
import { formatIssueMessage } from "../../core/validation/formatIssueMessage";
import { Issue } from "../../core/validation/Issue";
import { ValidationReport } from "../../core/validation/ValidationReport";
import { CliContext, say } from "../CliContext";
import { CliError } from "../CliError";
import { CommandRun, stringOption } from "../Command";
import { Language } from "../../core/messages/Language";
import { validate } from "../../operations/validate";
import { FileHost } from "../../shells/xlsx/FileHost";
import { onFile } from "../cliErrorOf";
import { issueLine } from "../issueLines";

/** The JSON of SPEC §8, each issue with its message in the chosen language and its fix when there is one. */
export function validationJson(report: ValidationReport, language: Language): unknown {
  return {
    issues: report.issues.map((issue) => ({
      severity: issue.severity,
      code: issue.code,
      sheet: issue.sheet,
      area: issue.area,
      row: issue.row,
      column: issue.column,
      cell: issue.cell,
      value: issue.value,
      message: formatIssueMessage(issue, language),
      ...(issue.fix ? { fix: { cell: issue.fix.cell, value: issue.fix.value } } : {}),
    })),
    areas: report.areas,
    summary: report.summary,
  };
}

/** A report of a workbook plan-matrix did not make is no report: it is refused in one line (exit 2). */
export function refuseNonPlan(report: ValidationReport, path: string): void {
  if (report.issues.some((issue) => issue.code === "structure.noTemplate"))
    throw new CliError("cli.notPlanWorkbook", { path });
}

export function printValidation(report: ValidationReport, context: CliContext): void {
  const printIssue = (issue: Issue, withSheet = false): void =>
    context.out(issueLine(issue, context, withSheet));
  for (const area of report.areas) {
    context.out(
      say(context, "cli.validateArea", {
        code: area.code,
        name: area.name,
        sheet: area.sheet,
        rows: area.rows,
        filled: area.filledRows,
        unfilled: area.unfilledRows,
        errors: area.errors,
        warnings: area.warnings,
      })
    );
  }
  const workbookIssues = report.issues.filter((issue) => issue.area === null);
  if (workbookIssues.length > 0) context.out("");
  workbookIssues.forEach((issue) => printIssue(issue, true));
  for (const area of report.areas) {
    const issues = report.issues.filter((issue) => issue.area === area.code);
    if (issues.length === 0) continue;
    context.out("");
    context.out(
      say(context, "cli.validateAreaHeading", {
        code: area.code,
        name: area.name,
        sheet: area.sheet,
      })
    );
    issues.forEach((issue) => printIssue(issue));
  }
  const known = new Set(report.areas.map((area) => area.code));
  const rest = report.issues.filter((issue) => issue.area !== null && !known.has(issue.area));
  if (rest.length > 0) context.out("");
  rest.forEach((issue) => printIssue(issue, true));
  context.out("");
  context.out(
    say(context, "cli.validateTotals", {
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      areas: report.summary.areas,
      fixable: report.summary.fixable,
    })
  );
}

export const validateCommand: CommandRun = async (options, positionals, context) => {
  const [file] = positionals;
  if (file === undefined) throw new CliError("cli.missingWorkbook", { command: "validate" });
  const cutoff = stringOption(options, "cutoff");
  const host = new FileHost({ input: file });
  const report = await onFile(file, context.language, () => validate(host, { cutoff }));
  refuseNonPlan(report, file);
  if (options.json) context.out(JSON.stringify(validationJson(report, context.language), null, 2));
  else printValidation(report, context);
  return report.summary.errors > 0 ? 1 : 0;
};
