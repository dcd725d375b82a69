/** `plan-matrix semaphore FILE.xlsx [--cutoff T2] [--json]` (SPEC §5, §8). */
import { bandMessages } from "../../core/messages/catalog/bandMessages";
import { formatMessage } from "../../core/messages/formatMessage";
import { formatPercent } from "../../core/messages/formatPercent";
import { SemaphoreReport } from "../../core/semaphore/computeSemaphore";
import { semaphore } from "../../operations/semaphore";
import { FileHost } from "../../shells/xlsx/FileHost";
import { onFile } from "../cliErrorOf";
import { CliContext, say } from "../CliContext";
import { CliError } from "../CliError";
import { CommandRun, stringOption } from "../Command";
import { Band } from "../../core/semaphore/Band";
import { warnFiguresOnErrors } from "../figureWarning";
import { describeAverage } from "../../core/semaphore/describeAverage";

/**
 * The JSON of SPEC §8: compliance as a fraction (null when nothing is programmed), band as a stable code; the
 * configuration errors every band rests on counted at the end.
 */
export function semaphoreJson(report: SemaphoreReport): unknown {
  return {
    cutoff: report.cutoff,
    rows: report.rows.map((row) => ({
      id: row.id,
      area: row.area,
      sheet: row.sheet,
      row: row.row,
      programmed: row.programmed,
      executed: row.executed,
      compliance: row.compliance,
      band: row.band,
      overExecution: row.overExecution,
      left_out: row.leftOut,
    })),
    areas: report.areas.map((area) => ({
      code: area.code,
      name: area.name,
      macroprocess: area.macroprocess,
      compliance: area.compliance,
      band: area.band,
      weighted: area.weighted,
      rows: area.rows,
      programmedRows: area.programmedRows,
      rows_with_errors: area.rowsWithErrors,
      error: area.error,
      bandCounts: area.bandCounts,
    })),
    macroprocesses: report.macroprocesses.map((macroprocess) => ({
      name: macroprocess.name,
      code: macroprocess.code,
      compliance: macroprocess.compliance,
      band: macroprocess.band,
      areas: macroprocess.areas,
      rows_with_errors: macroprocess.rowsWithErrors,
      areas_with_errors: macroprocess.areasWithErrors,
      unfilled_areas: macroprocess.unfilledAreas.map((area) => area.code),
    })),
    institution: {
      compliance: report.institution.compliance,
      band: report.institution.band,
      areas: report.institution.areas,
      rows_with_errors: report.institution.rowsWithErrors,
      areas_with_errors: report.institution.areasWithErrors,
      unfilled_areas: report.institution.unfilledAreas.map((area) => area.code),
    },
    // SPEC §5.1: configuration errors every band rests on (thresholds not usable, `CorteIndice` without its formula).
    threshold_errors: report.thresholdErrors,
    cutoff_index_errors: report.cutoffIndexErrors,
  };
}

function printReport(report: SemaphoreReport, context: CliContext): void {
  const band = (value: Band): string => `[${formatMessage(bandMessages, context.language, value)}]`;
  const percent = (value: number | null): string => formatPercent(value, context.language);
  const leftOut = (count: number): string =>
    count > 0 ? say(context, "cli.semaphoreLeftOut", { count }) : "";
  context.out(say(context, "cli.semaphoreTitle", { cutoff: report.cutoff }));
  context.out(
    say(context, "cli.semaphoreInstitution", {
      compliance: percent(report.institution.compliance),
      band: band(report.institution.band),
      average: describeAverage(report.institution, context.language),
    }) + leftOut(report.institution.rowsWithErrors)
  );
  for (const macroprocess of report.macroprocesses) {
    context.out(
      say(context, "cli.semaphoreMacroprocess", {
        name: macroprocess.name,
        compliance: percent(macroprocess.compliance),
        band: band(macroprocess.band),
        average: describeAverage(macroprocess, context.language),
      }) + leftOut(macroprocess.rowsWithErrors)
    );
    for (const area of report.areas.filter(
      (candidate) => candidate.macroprocess === macroprocess.name
    )) {
      context.out(
        say(context, "cli.semaphoreArea", {
          code: area.code,
          name: area.name,
          compliance: percent(area.compliance),
          band: band(area.band),
          programmedRows: area.programmedRows,
          rows: area.rows,
          rojo: area.bandCounts.rojo,
          amarillo: area.bandCounts.amarillo,
          verde: area.bandCounts.verde,
        }) + leftOut(area.rowsWithErrors)
      );
    }
  }
}

export const semaphoreCommand: CommandRun = async (options, positionals, context) => {
  const [file] = positionals;
  if (file === undefined) throw new CliError("cli.missingWorkbook", { command: "semaphore" });
  const cutoff = stringOption(options, "cutoff");
  const report = await onFile(file, context.language, () =>
    semaphore(new FileHost({ input: file }), { cutoff })
  );
  if (options.json) context.out(JSON.stringify(semaphoreJson(report), null, 2));
  else printReport(report, context);
  return warnFiguresOnErrors(report, file, context);
};
