/** `plan-matrix report FILE.xlsx --semester 1|2 --out FILE.xlsx|FILE.html|FILE.docx [--force]` (SPEC §7, §8). */
import path from "node:path";
import { bandMessages } from "../../core/messages/catalog/bandMessages";
import { reportMessages } from "../../core/messages/catalog/reportMessages";
import { formatMessage } from "../../core/messages/formatMessage";
import { formatPercent } from "../../core/messages/formatPercent";
import { Semester } from "../../core/report/ManagementReport";
import { report as buildReport } from "../../operations/report";
import { FileHost } from "../../shells/xlsx/FileHost";
import { CliContext } from "../CliContext";
import { onFile } from "../cliErrorOf";
import { CliError } from "../CliError";
import { cliToday } from "../cliToday";
import { warnErrors } from "../figureWarning";
import { CommandRun, stringOption } from "../Command";
import { checkOutputPath, writeOutputFile } from "../files";
import { macrosDroppedWarning } from "../macrosDroppedWarning";

const NAME = "report";

/** An option as the user typed it (`--salida` for `--out`), for messages that name it inside their detail. */
const typedOption = (context: CliContext, canonical: string): string =>
  context.names?.option(canonical) ?? `--${canonical}`;

function parseSemester(value: string | undefined, context: CliContext): Semester {
  if (value === undefined)
    throw new CliError("cli.missingOption", { option: "--semester", command: NAME });
  if (value.trim() === "1") return 1;
  if (value.trim() === "2") return 2;
  throw new CliError("cli.badOption", {
    command: NAME,
    detail: formatMessage(reportMessages, context.language, "report.badSemester", {
      option: typedOption(context, "semester"),
      value,
    }),
  });
}

function parseOut(
  out: string | undefined,
  context: CliContext
): { out: string; format: "xlsx" | "html" | "docx" } {
  if (out === undefined)
    throw new CliError("cli.missingOption", { option: "--out", command: NAME });
  const extension = path.extname(out).toLowerCase();
  if (extension === ".xlsx") return { out, format: "xlsx" };
  if (extension === ".html" || extension === ".htm") return { out, format: "html" };
  if (extension === ".docx") return { out, format: "docx" };
  throw new CliError("cli.badOption", {
    command: NAME,
    detail: formatMessage(reportMessages, context.language, "report.badOutExtension", {
      option: typedOption(context, "out"),
      path: out,
    }),
  });
}

export const reportCommand: CommandRun = async (options, positionals, context) => {
  const [file] = positionals;
  if (file === undefined) throw new CliError("cli.missingWorkbook", { command: NAME });
  const semester = parseSemester(stringOption(options, "semester"), context);
  const { out, format } = parseOut(stringOption(options, "out"), context);
  await checkOutputPath(out, { force: options.force === true, inputs: [file] });
  const host = new FileHost(
    format === "xlsx"
      ? {
          input: file,
          output: out,
          force: options.force === true,
          onMacrosDropped: macrosDroppedWarning(context, file, out),
        }
      : { input: file }
  );
  // The informe reports what the planning office consolidated; a plan never consolidated reports its tabs.
  const { report, html, docx, fromMatrix, workbookCutoff } = await onFile(
    file,
    context.language,
    () =>
      buildReport(host, {
        semester,
        language: context.language,
        output: format === "xlsx" ? "sheet" : format,
        today: cliToday(),
      })
  );
  context.out(
    formatMessage(
      reportMessages,
      context.language,
      fromMatrix ? "report.sourceMatrix" : "report.sourceTabs",
      {}
    )
  );
  const written =
    html ??
    (docx === undefined ? undefined : Buffer.from(docx.buffer, docx.byteOffset, docx.byteLength));
  if (written !== undefined)
    await writeOutputFile(out, written, { force: options.force === true, inputs: [file] });
  context.out(
    formatMessage(reportMessages, context.language, "report.written", {
      path: out,
      cutoff: report.cutoff.label,
      compliance: formatPercent(report.institution.compliance, context.language),
      band: formatMessage(bandMessages, context.language, report.institution.band),
      red: report.redRows.length,
      unreported: report.unreportedRows.length,
      over: report.overExecutedRows.length,
    })
  );
  if (workbookCutoff !== undefined)
    context.err(
      formatMessage(reportMessages, context.language, "report.workbookCutoffWritten", {
        workbookCutoff,
        semester,
        cutoff: report.cutoff.label,
      })
    );
  return warnErrors(report.figureErrors, report.cutoff.label, file, context);
};
