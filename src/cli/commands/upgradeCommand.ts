/** `plan-matrix upgrade FILE.xlsx --template NEW.json --out FILE.xlsx [--force] [--json]` (SPEC §2, §8). */
import { upgradeMessages, UpgradeMessageCode } from "../../core/messages/catalog/upgradeMessages";
import { formatMessage, MessageParams } from "../../core/messages/formatMessage";
import { UpgradeReport } from "../../core/upgrade/UpgradeReport";
import { WORKBOOK_TEXT } from "../../core/workbook/workbookText";
import { OperationError } from "../../operations/OperationError";
import { UpgradeResult } from "../../operations/PlanOperations";
import { upgrade } from "../../operations/upgrade";
import { FileHost } from "../../shells/xlsx/FileHost";
import { CliContext } from "../CliContext";
import { cliErrorOf, onFile } from "../cliErrorOf";
import { CliError } from "../CliError";
import { CommandRun, stringOption } from "../Command";
import { readTemplateFile } from "../templateSource";
import { macrosDroppedWarning } from "../macrosDroppedWarning";

const NAME = "upgrade";

export type UpgradeFileRequest = { input: string; template: string; out: string; force: boolean };

/** The whole upgrade of a file on the file host: refusals first (nothing written), then the new workbook. */
export async function upgradeWorkbookFile(
  request: UpgradeFileRequest,
  context: CliContext
): Promise<UpgradeResult> {
  const host = new FileHost({
    input: request.input,
    output: request.out,
    force: request.force,
    otherInputs: [request.template],
    onMacrosDropped: macrosDroppedWarning(context, request.input, request.out),
  });
  await onFile(request.input, context.language, () => host.checkOutput());
  const next = await readTemplateFile(request.template, context);
  try {
    return await upgrade(host, { template: next });
  } catch (error) {
    const refusal = error instanceof OperationError ? error.refusal : undefined;
    if (refusal)
      throw new CliError("cli.templateInvalid", {
        path: request.template,
        message: formatMessage(upgradeMessages, context.language, refusal.code, refusal.params),
        more: "",
      });
    if (error instanceof OperationError) throw cliErrorOf(error, request.input, context.language);
    throw error;
  }
}

/** How many cells a line names before "…": the JSON output has them all. */
const NAMED_CELLS = 10;

const firstCells = (cells: string[]): string =>
  cells.length > NAMED_CELLS ? `${cells.slice(0, NAMED_CELLS).join(", ")}, …` : cells.join(", ");

function summaryLines(result: UpgradeResult, out: string, context: CliContext): string[] {
  const say = (code: UpgradeMessageCode, params: MessageParams = {}): string =>
    formatMessage(upgradeMessages, context.language, code, params);
  const quote = (text: string): string => (context.language === "es" ? `«${text}»` : `“${text}”`);
  const report: UpgradeReport = result.report;
  const lines = [
    say("upgrade.done", {
      from: report.fromVersion,
      to: report.toVersion,
      id: report.templateId,
      path: out,
    }),
    say("upgrade.keptRows", { rows: report.keptRows }),
  ];
  if (report.addedAreas.length > 0)
    lines.push(
      say("upgrade.addedAreas", {
        areas: report.addedAreas.map((area) => `${area.code} (${quote(area.sheet)})`).join(", "),
      })
    );
  if (report.addedColumns.length > 0)
    lines.push(say("upgrade.addedColumns", { columns: report.addedColumns.join(", ") }));
  for (const { list, values } of report.addedListValues)
    lines.push(
      say("upgrade.addedListValues", {
        list: WORKBOOK_TEXT.listsHeader[list] ?? list,
        values: values.join(", "),
      })
    );
  for (const added of report.addedObjectives) lines.push(say("upgrade.addedObjective", added));
  const nothingAdded =
    report.addedAreas.length +
      report.addedColumns.length +
      report.addedListValues.length +
      report.addedObjectives.length ===
    0;
  if (nothingAdded) lines.push(say("upgrade.nothingAdded"));
  for (const column of report.carriedUserColumns) lines.push(say("upgrade.carriedColumn", column));
  for (const { sheet, cells } of report.carriedOutside)
    lines.push(
      say("upgrade.carriedOutside", { sheet, count: cells.length, cells: cells.join(", ") })
    );
  for (const { sheet, cells } of report.movedFormulas)
    lines.push(
      say("upgrade.movedFormulas", { sheet, count: cells.length, cells: firstCells(cells) })
    );
  if (report.movedNames.length > 0)
    lines.push(
      say("upgrade.movedNames", {
        count: report.movedNames.length,
        names: report.movedNames.join(", "),
      })
    );
  for (const { sheet, charts } of report.movedCharts)
    lines.push(
      say("upgrade.movedCharts", { sheet, count: charts.length, charts: charts.join(", ") })
    );
  for (const area of report.keptAreas) lines.push(say("upgrade.keptArea", area));
  if (result.consolidated) lines.push(say("upgrade.staleSheets"));
  return lines;
}

export const upgradeCommand: CommandRun = async (options, positionals, context) => {
  const [input] = positionals;
  if (input === undefined) throw new CliError("cli.missingWorkbook", { command: NAME });
  const template = stringOption(options, "template");
  if (template === undefined)
    throw new CliError("cli.missingOption", { option: "--template", command: NAME });
  const out = stringOption(options, "out");
  if (out === undefined)
    throw new CliError("cli.missingOption", { option: "--out", command: NAME });
  const result = await upgradeWorkbookFile(
    { input, template, out, force: options.force === true },
    context
  );
  if (options.json) {
    const problems = result.report.problems.map((problem) => ({
      ...problem,
      message: formatMessage(upgradeMessages, context.language, problem.code, problem.params),
    }));
    context.out(JSON.stringify({ out, ...result.report, problems }, null, 2));
    return 0;
  }
  summaryLines(result, out, context).forEach((line) => context.out(line));
  for (const problem of result.report.problems)
    context.err(
      `⚠ ${formatMessage(upgradeMessages, context.language, problem.code, problem.params)}`
    );
  return 0;
};
