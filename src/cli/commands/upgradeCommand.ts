/** `plan-matrix upgrade FILE.xlsx --template NEW.json --out FILE.xlsx [--force] [--json]` (SPEC §2, §8). */
import { upgradeMessages } from "../../core/messages/catalog/upgradeMessages";
import { formatMessage } from "../../core/messages/formatMessage";
import { upgradeSummary } from "../../core/upgrade/upgradeSummary";
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
  const report = result.report;
  const summary = upgradeSummary(report, result.consolidated, context.language);
  context.out(
    formatMessage(upgradeMessages, context.language, "upgrade.done", {
      from: report.fromVersion,
      to: report.toVersion,
      id: report.templateId,
      path: out,
    })
  );
  summary.notes.forEach((line) => context.out(line));
  summary.problems.forEach((problem) => context.err(`⚠ ${problem}`));
  return 0;
};
