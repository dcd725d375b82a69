/** `plan-matrix consolidate FILE.xlsx [--import AREA.xlsx …] [--cutoff T2] --out FILE.xlsx [--json]` (SPEC §6, §8). */
import { Consolidation } from "../../core/consolidation/consolidatePlan";
import { consolidationMessages } from "../../core/messages/catalog/consolidationMessages";
import { formatMessage } from "../../core/messages/formatMessage";
import { Language } from "../../core/messages/Language";
import { consolidate } from "../../operations/consolidate";
import { ImportedWorkbook } from "../../operations/PlanOperations";
import { FileHost } from "../../shells/xlsx/FileHost";
import { CliContext, say } from "../CliContext";
import { onFile } from "../cliErrorOf";
import { CliError } from "../CliError";
import { warnFiguresOnErrors } from "../figureWarning";
import { CommandRun, stringOption } from "../Command";
import { importSummaryLines } from "../importSummaryLines";

export type ConsolidateFileRequest = {
  input: string;
  imports: string[];
  out: string;
  cutoff?: string;
  force: boolean;
  today: string;
};

/**
 * The consolidation of a file on the file host: the output checked first, the area workbooks read, then the
 * operation. `onStep` names each write step, so tests can fail it at every step and check nothing was half-written.
 */
export async function consolidateWorkbookFile(
  request: ConsolidateFileRequest,
  onStep: (step: string) => void = () => undefined,
  language: Language = "es"
): Promise<Consolidation> {
  const host = new FileHost({
    input: request.input,
    output: request.out,
    force: request.force,
    otherInputs: request.imports,
    onWriteStep: onStep,
  });
  return onFile(request.input, language, async () => {
    await host.checkOutput();
    const imports: ImportedWorkbook[] = [];
    for (const file of request.imports) {
      onStep(`read:${file}`);
      imports.push({ file, snapshot: await new FileHost({ input: file }).readSnapshot() });
    }
    // Only the consolidation's sheets are written; area tabs are copied from the input as they are.
    return consolidate(host, { cutoff: request.cutoff, imports, today: request.today });
  });
}

function todayOf(): string {
  // PLAN_MATRIX_TODAY pins the date for reproducible runs (tests, audits).
  return process.env.PLAN_MATRIX_TODAY ?? new Date().toISOString().slice(0, 10);
}

function printSummary(result: Consolidation, out: string, context: CliContext): void {
  context.out(
    say(context, "cli.consolidated", {
      path: out,
      rows: result.matrix.rows.length,
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
  const imports = Array.isArray(options.import) ? options.import : [];
  const result = await consolidateWorkbookFile(
    {
      input,
      imports,
      out,
      cutoff: stringOption(options, "cutoff"),
      force: options.force === true,
      today: todayOf(),
    },
    undefined,
    context.language
  );
  if (options.json) {
    context.out(
      JSON.stringify(
        {
          out,
          cutoff: result.semaphore.cutoff,
          rows: result.matrix.rows.length,
          sources: result.sources.map((source) => ({
            area: source.code,
            source: source.origin.kind === "workbook" ? null : source.origin.file,
          })),
          findings: result.findings.map((finding) => ({
            ...finding,
            message: formatMessage(
              consolidationMessages,
              context.language,
              finding.code,
              finding.params
            ),
          })),
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
