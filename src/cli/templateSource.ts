/**
 * The template a command works from: `--template FILE.json`, `--from-text FILE`, `--from-xlsx FILE` (last year's
 * plan matrix, with `--sheet` and `--map`), or the embedded default.
 */
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
import { importSpreadsheet } from "../core/template/fromSheet/importSpreadsheet";
import { parseColumnMap } from "../core/template/fromSheet/parseColumnMap";
import { SheetImport } from "../core/template/fromSheet/SheetImport";
import { formatSheetImport } from "../core/template/fromSheet/formatSheetImport";
import { sheetImportMessages } from "../core/messages/catalog/sheetImportMessages";
import { readSpreadsheet } from "../shells/xlsx/readSpreadsheet";
import { onFile } from "./cliErrorOf";
import { parseYear } from "./parseYear";
import { cliToday } from "./cliToday";

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

/** The options that choose where a template comes from, as the commands that take them declare them. */
function stringsOption(options: ParsedOptions, name: string): string[] {
  const value = options[name];
  return Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
}

/**
 * Imports last year's plan matrix (an .xlsx): shows what was understood (sheets, header rows, the field of every
 * column, the tree, the rows and columns not placed) on `show`, then returns the template for `year`.
 */
export async function importXlsxFile(
  file: string,
  request: { sheet?: string; map: string[]; year: number },
  context: CliContext,
  show: (text: string) => void,
  onImport?: (result: SheetImport) => void
): Promise<Template> {
  const parsedMap = parseColumnMap(request.map);
  const [mapProblem] = parsedMap.problems;
  if (mapProblem)
    throw new CliError("cli.importFailed", {
      path: file,
      message: formatMessage(
        sheetImportMessages,
        context.language,
        mapProblem.code,
        mapProblem.params
      ),
    });
  const bytes = await readInputFile(file);
  const data = await onFile(file, context.language, () =>
    readSpreadsheet(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file)
  );
  const result = importSpreadsheet(data, {
    year: request.year,
    map: parsedMap.map,
    ...(request.sheet === undefined ? {} : { sheet: request.sheet }),
  });
  show(say(context, "cli.importUnderstood", { path: file }));
  show(formatSheetImport(result, context.language).join("\n"));
  const [problem] = result.problems;
  if (!result.template || problem)
    throw new CliError("cli.importFailed", {
      path: file,
      message: problem
        ? formatMessage(sheetImportMessages, context.language, problem.code, problem.params)
        : "",
    });
  onImport?.(result);
  return result.template;
}

export async function resolveTemplate(
  options: ParsedOptions,
  context: CliContext,
  show: (text: string) => void,
  onSheetImport?: (result: SheetImport) => void
): Promise<Template> {
  const templateFile = stringOption(options, "template");
  const textFile = stringOption(options, "from-text");
  const xlsxFile = stringOption(options, "from-xlsx");
  const chosen = (
    [
      ["--template", templateFile],
      ["--from-text", textFile],
      ["--from-xlsx", xlsxFile],
    ] as const
  )
    .filter(([, file]) => file !== undefined)
    .map(([option]) => option);
  if (chosen.length > 1)
    throw new CliError("cli.conflictingOptions", { first: chosen[0], second: chosen[1] });
  const sheet = stringOption(options, "sheet");
  const map = stringsOption(options, "map");
  if (xlsxFile === undefined && (sheet !== undefined || map.length > 0))
    throw new CliError("cli.optionNeedsXlsx", {
      option: sheet !== undefined ? "--sheet" : "--map",
    });
  if (templateFile !== undefined) return readTemplateFile(templateFile, context);
  if (textFile !== undefined) return importTextFile(textFile, context, show);
  if (xlsxFile !== undefined) {
    const year = parseYear(stringOption(options, "year")) ?? Number(cliToday().slice(0, 4));
    return importXlsxFile(xlsxFile, { sheet, map, year }, context, show, onSheetImport);
  }
  return DEFAULT_TEMPLATE;
}

export function countObjectives(template: Template): { areas: number; objectives: number } {
  const areas = template.macroprocesses.flatMap((macroprocess) => macroprocess.areas);
  return {
    areas: areas.length,
    objectives: areas.reduce((sum, area) => sum + area.objectives.length, 0),
  };
}
