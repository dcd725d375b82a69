/**
 * SPEC §5.1 in the CLI: `semaphore`, `consolidate` and `report` print their figures even when some rest on an
 * error, then warn with the errors' count and the `validate` command that lists them, and exit 1.
 */
import { SemaphoreReport } from "../core/semaphore/computeSemaphore";
import { SemaphoreErrors, semaphoreErrors } from "../core/semaphore/semaphoreErrors";
import { CliContext, say } from "./CliContext";
import { shellQuote } from "./quote";

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
  context.err(
    say(context, "cli.figuresRestOnErrors", {
      count: errors.total,
      rows: errors.rows,
      areas: errors.areas,
      thresholds: errors.thresholds,
      path: shellQuote(path),
      cutoff,
    })
  );
  return 1;
}
