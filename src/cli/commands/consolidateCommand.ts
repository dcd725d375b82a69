/**
 * `plan-matrix consolidate FILE.xlsx [--import AREA.xlsx …] [--replace CODE …] [--cutoff T2] --out FILE.xlsx [--json]`
 * (SPEC §6, §8): with --import, the import first (its conflicts refuse the whole run), then the consolidation of the
 * tabs, in one write.
 */
import { Language } from "../../core/messages/Language";
import { consolidate } from "../../operations/consolidate";
import { ImportRefused } from "../../operations/ImportRefused";
import { ConsolidateResult } from "../../operations/PlanOperations";
import { FileHost } from "../../shells/xlsx/FileHost";
import { findingsJson } from "../findingsJson";
import { CliContext, say } from "../CliContext";
import { onFile } from "../cliErrorOf";
import { CliError } from "../CliError";
import { cliToday } from "../cliToday";
import { warnFiguresOnErrors } from "../figureWarning";
import { CommandRun, stringOption } from "../Command";
import { importSummaryLines } from "../importSummaryLines";
import { listOption, printImport, readAreaFiles } from "./importCommand";
import { macrosDroppedWarning } from "../macrosDroppedWarning";

export type ConsolidateFileRequest = {
  input: string;
  imports: string[];
  replace?: string[];
  out: string;
  cutoff?: string;
  force: boolean;
  today: string;
  /** Called when the output leaves out the input's macros (the command warns). */
  onMacrosDropped?: () => void;
};

/**
 * The consolidation of a file on the file host: the output checked first, the area workbooks read, then the
 * operation. `onStep` names each write step, so tests can fail it at every step and check nothing was half-written.
 */
export async function consolidateWorkbookFile(
  request: ConsolidateFileRequest,
  onStep: (step: string) => void = () => undefined,
  language: Language = "es"
): Promise<ConsolidateResult> {
  const host = new FileHost({
    input: request.input,
    output: request.out,
    force: request.force,
    otherInputs: request.imports,
    onWriteStep: onStep,
    onMacrosDropped: request.onMacrosDropped,
  });
  await onFile(request.input, language, () => host.checkOutput());
  const imports = await readAreaFiles(request.imports, language, onStep);
  // A refused import is not a failure of the file: it passes through as itself, to be printed conflict by conflict.
  const outcome = await onFile(request.input, language, async () => {
    try {
      // Without imports only the consolidation's sheets are written; area tabs are copied as they are.
      return {
        result: await consolidate(host, {
          cutoff: request.cutoff,
          imports,
          replace: request.replace,
          today: request.today,
        }),
      };
    } catch (error) {
      if (error instanceof ImportRefused) return { refused: error };
      throw error;
    }
  });
  if ("refused" in outcome) throw outcome.refused;
  return outcome.result;
}

function printSummary(result: ConsolidateResult, out: string, context: CliContext): void {
  context.out(
    say(context, "cli.consolidated", {
      path: out,
      rows: result.matrix.rowCount,
      areas: result.sources.length,
      cutoff: result.semaphore.cutoff,
    })
  );
  for (const line of importSummaryLines(result.findings, context))
    (line.stream === "err" ? context.err : context.out)(line.text);
}

export const consolidateCommand: CommandRun = async (options, positionals, context) => {
  const [input] = positionals;
  const out = stringOption(options, "out");
  if (input === undefined) throw new CliError("cli.missingWorkbook", { command: "consolidate" });
  if (out === undefined)
    throw new CliError("cli.missingOption", { option: "--out", command: "consolidate" });
  const imports = listOption(options, "import");
  const request = {
    input,
    imports,
    replace: listOption(options, "replace"),
    out,
    cutoff: stringOption(options, "cutoff"),
    force: options.force === true,
    today: cliToday(),
    onMacrosDropped: macrosDroppedWarning(context, input, out),
  };
  let result: ConsolidateResult;
  try {
    result = await consolidateWorkbookFile(request, undefined, context.language);
  } catch (error) {
    if (error instanceof ImportRefused) return printImport(error.result, out, context);
    throw error;
  }
  if (options.json) {
    context.out(
      JSON.stringify(
        {
          out,
          cutoff: result.semaphore.cutoff,
          rows: result.matrix.rowCount,
          sources: result.sources.map((source) => ({
            area: source.code,
            sheet: source.tab,
          })),
          imported: result.imported?.imported ?? [],
          findings: findingsJson(result.findings, context.language),
          vanished: result.matrix.vanishedKeys,
          rows_with_errors: result.semaphore.institution.rowsWithErrors,
          areas_with_errors: result.semaphore.institution.areasWithErrors,
        },
        null,
        2
      )
    );
  } else {
    printSummary(result, out, context);
  }
  return warnFiguresOnErrors(result.semaphore, input, context);
};
