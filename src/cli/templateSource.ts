/** The template a command works from: `--template FILE.json`, `--from-text FILE`, or the embedded default. */
import { DEFAULT_TEMPLATE } from "../core/template/defaultTemplate";
import { parsePlanText } from "../core/template/parsePlanText";
import { formatImportTree } from "../core/template/formatImportTree";
import { parseTemplateJson } from "../core/template/validateTemplate";
import { Template } from "../core/template/Template";
import { templateMessages } from "../core/messages/catalog/templateMessages";
import { importMessages } from "../core/messages/catalog/importMessages";
import { formatMessage } from "../core/messages/formatMessage";
import { CliContext, say } from "./CliContext";
import { CliError } from "./CliError";
import { ParsedOptions, stringOption } from "./Command";
import { decodeText } from "./decodeText";
import { readInputFile } from "./files";

export async function readTemplateFile(file: string, context: CliContext): Promise<Template> {
  const { template, problems } = parseTemplateJson(decodeText(await readInputFile(file)));
  if (template) return template;
  const [first] = problems;
  const message = formatMessage(templateMessages, context.language, first.code, {
    field: first.field,
    expected: first.expected ?? "",
    actual: first.actual ?? "",
    detail: first.detail ?? "",
    line: first.line ?? 0,
    column: first.column ?? 0,
  });
  const more =
    problems.length > 1 ? say(context, "cli.moreProblems", { count: problems.length - 1 }) : "";
  throw new CliError("cli.templateInvalid", { path: file, message, more });
}

/** Imports a plan written as text; shows what was understood (tree and unplaced lines) on `show`. */
export async function importTextFile(
  file: string,
  context: CliContext,
  show: (text: string) => void
): Promise<Template> {
  const result = parsePlanText(decodeText(await readInputFile(file)));
  const [problem] = result.problems;
  if (!result.template || problem) {
    const message = problem
      ? formatMessage(importMessages, context.language, problem.code, problem.params)
      : "";
    throw new CliError("cli.importFailed", { path: file, message });
  }
  show(say(context, "cli.importUnderstood", { path: file }));
  show(formatImportTree(result, context.language).join("\n"));
  return result.template;
}

export async function resolveTemplate(
  options: ParsedOptions,
  context: CliContext,
  show: (text: string) => void
): Promise<Template> {
  const templateFile = stringOption(options, "template");
  const textFile = stringOption(options, "from-text");
  if (templateFile !== undefined && textFile !== undefined)
    throw new CliError("cli.conflictingOptions", { first: "--template", second: "--from-text" });
  if (templateFile !== undefined) return readTemplateFile(templateFile, context);
  if (textFile !== undefined) return importTextFile(textFile, context, show);
  return DEFAULT_TEMPLATE;
}

export function countObjectives(template: Template): { areas: number; objectives: number } {
  const areas = template.macroprocesses.flatMap((macroprocess) => macroprocess.areas);
  return {
    areas: areas.length,
    objectives: areas.reduce((sum, area) => sum + area.objectives.length, 0),
  };
}
