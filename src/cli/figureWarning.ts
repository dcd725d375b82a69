/**
 * SPEC §5.1 in the CLI: `semaphore`, `consolidate` and `report` print their figures even when some rest on an
 * error, then warn with the errors' count and the `validate` command that lists them, and exit 1.
 */
import { SemaphoreReport } from "../core/semaphore/computeSemaphore";
import { SemaphoreErrors, semaphoreErrors } from "../core/semaphore/semaphoreErrors";
import { Plan } from "../core/plan/readPlan";
import { CliContext, say } from "./CliContext";
import { CliError } from "./CliError";

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
      path,
      cutoff,
    })
  );
  return 1;
}

/**
 * The cut-off a command runs at must be a period: a blank `Corte` and a wrong one are refused with one line saying
 * what to do (SPEC §5.1: no fallback to the first period).
 */
export function refuseUnusableCutoff(plan: Plan, path: string): void {
  if (plan.badCutoff === null || !plan.config) return;
  const labels = plan.config.periodLabels.join(", ");
  if (plan.badCutoff === "") throw new CliError("cli.blankCutoff", { path, labels });
  throw new CliError("cli.badCutoff", { value: plan.badCutoff, labels });
}
