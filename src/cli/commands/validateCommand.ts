/** `plan-matrix validate FILE.xlsx [--cutoff T2] [--json]` (SPEC §4, §8): summaries first, then each issue. */
import { formatIssueMessage } from "../../core/validation/formatIssueMessage";
import { Issue } from "../../core/validation/Issue";
import { ValidationReport } from "../../core/validation/ValidationReport";
import { CliContext, say } from "../CliContext";
import { CliError } from "../CliError";
import { Command, stringOption } from "../Command";
import { Language } from "../../core/messages/Language";
import { validate } from "../../operations/validate";
import { FileHost } from "../../shells/xlsx/FileHost";
import { onFile } from "../cliErrorOf";

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

function printIssue(issue: Issue, context: CliContext): void {
  const marker = issue.severity === "error" ? "✗" : "!";
  context.out(
    say(context, "cli.validateIssue", {
      marker,
      cell: issue.cell ?? "",
      column: issue.column ?? "",
      message: formatIssueMessage(issue, context.language),
    }).replace(/ {2,}/g, (gap, offset) => (offset === 0 ? gap : " "))
  );
}

export function printValidation(report: ValidationReport, context: CliContext): void {
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
  workbookIssues.forEach((issue) => printIssue(issue, context));
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
    issues.forEach((issue) => printIssue(issue, context));
  }
  const known = new Set(report.areas.map((area) => area.code));
  const rest = report.issues.filter((issue) => issue.area !== null && !known.has(issue.area));
  if (rest.length > 0) context.out("");
  rest.forEach((issue) => printIssue(issue, context));
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

export const validateCommand: Command = {
  name: "validate",
  help: "cli.help.validate",
  options: { cutoff: { type: "string" }, json: { type: "boolean" } },
  async run(options, positionals, context) {
    const [file] = positionals;
    if (file === undefined)
      throw new CliError("cli.missingOption", { option: "FILE.xlsx", command: "validate" });
    const cutoff = stringOption(options, "cutoff");
    const report = await onFile(file, context.language, () =>
      validate(new FileHost({ input: file }), { cutoff })
    );
    if (options.json)
      context.out(JSON.stringify(validationJson(report, context.language), null, 2));
    else printValidation(report, context);
    return report.summary.errors > 0 ? 1 : 0;
  },
};
