/**
 * SPEC §5.1 in the CLI: `semaphore`, `consolidate` and `report` print their figures even when some rest on an
 * error, then warn with the errors' count and the `validate` command that lists them, and exit 1. A `CorteIndice`
 * that lost its formula is named with its cell and the `fix` command that writes the formula back; one that holds an
 * error value, with its cell and how to restore the sheet «Listas» its formula reads.
 */
import { SemaphoreReport } from "../core/semaphore/computeSemaphore";
import { SemaphoreErrors, semaphoreErrors } from "../core/semaphore/semaphoreErrors";
import { cellAddress } from "../core/workbook/address";
import { CONFIGURATION_ROW } from "../core/workbook/layout/configurationSheet";
import { SHEET } from "../core/workbook/sheetNames";
import { CliContext, say } from "./CliContext";
import { sheetReference, shellQuote } from "./quote";

/** Prints the warning when a figure rests on an error; returns the exit code (0 or 1). */
export function warnFiguresOnErrors(
  report: SemaphoreReport,
  path: string,
  context: CliContext
): 0 | 1 {
  return warnErrors(semaphoreErrors(report), report.cutoff, path, context);
}

export function warnErrors(
  errors: SemaphoreErrors,
  cutoff: string,
  path: string,
  context: CliContext
): 0 | 1 {
  if (errors.total === 0) return 0;
  const counts = {
    count: errors.total,
    rows: errors.rows,
    areas: errors.areas,
    thresholds: errors.thresholds,
    path: shellQuote(path),
    cutoff,
  };
  context.err(
    errors.cutoffIndexProblem === "error"
      ? say(context, "cli.figuresRestOnCutoffIndexError", {
          ...counts,
          cell: sheetReference(SHEET.configuration, cellAddress(CONFIGURATION_ROW.cutoffIndex, 2)),
        })
      : errors.cutoffIndex > 0
        ? say(context, "cli.figuresRestOnCutoffIndex", {
            ...counts,
            cell: sheetReference(
              SHEET.configuration,
              cellAddress(CONFIGURATION_ROW.cutoffIndex, 2)
            ),
            fixed: shellQuote(
              say(context, "cli.fixedFileName", { stem: path.replace(/\.xlsx$/i, "") })
            ),
          })
        : say(context, "cli.figuresRestOnErrors", counts)
  );
  return 1;
}
