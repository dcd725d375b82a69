/**
 * The plan of a snapshot, refused with one clear error when the operation cannot work on it: a workbook
 * plan-matrix did not make (or whose stored template this version cannot read), no configuration, or a cut-off
 * that is not one of the plan's periods — a blank `Corte` included (SPEC §5.1: no command falls back to the first
 * period).
 */
import { Plan, readPlan } from "../core/plan/readPlan";
import { PlanConfig } from "../core/plan/PlanConfig";
import { Template } from "../core/template/Template";
import { WorkbookSnapshot } from "../core/workbook/WorkbookSnapshot";
import { OperationError } from "./OperationError";

export type ConfiguredPlan = Plan & { template: Template; config: PlanConfig };

function withStoredTemplate(snapshot: WorkbookSnapshot, cutoff: string | undefined): Plan {
  const plan = readPlan(snapshot, { cutoff });
  if (plan.templateProblem === "missing") throw new OperationError("operation.notPlanWorkbook");
  if (plan.templateProblem === "invalid" || !plan.template)
    throw new OperationError("operation.storedTemplateInvalid", {
      detail: plan.templateProblemDetail ?? "",
    });
  return plan;
}

function checkRequestedCutoff(plan: Plan, cutoff: string | undefined): void {
  if (cutoff !== undefined && plan.badCutoff !== null && plan.template)
    throw new OperationError("operation.badCutoff", {
      value: cutoff,
      labels: plan.template.periods.labels.join(", "),
    });
}

/** Any workbook (validation reports what is missing); only a requested cut-off must be a period of the plan. */
export function anyPlan(snapshot: WorkbookSnapshot, cutoff?: string): Plan {
  const plan = readPlan(snapshot, { cutoff });
  checkRequestedCutoff(plan, cutoff);
  return plan;
}

/** A workbook plan-matrix made, with a stored template this version reads. */
export function templatePlan(
  snapshot: WorkbookSnapshot,
  cutoff?: string
): Plan & { template: Template } {
  const plan = withStoredTemplate(snapshot, cutoff);
  checkRequestedCutoff(plan, cutoff);
  return plan as Plan & { template: Template };
}

/**
 * Why `Corte` gives no period (SPEC §5.1): blank, a formula never calculated, or not one of the plan's periods; null
 * when it gives one (or when there is no `Configuración`, which the caller decides about).
 */
export function cutoffError(plan: Plan & { template: Template }): OperationError | null {
  if (plan.configurationMissing || plan.badCutoff === null) return null;
  const labels = plan.template.periods.labels.join(", ");
  if (plan.uncalculatedCutoff !== null)
    return new OperationError("operation.uncalculatedCutoff", {
      formula: plan.uncalculatedCutoff,
      labels,
    });
  if (plan.badCutoff === "") return new OperationError("operation.blankCutoff", { labels });
  return new OperationError("operation.badCutoff", { value: plan.badCutoff, labels });
}

/** As `templatePlan`, with its configuration and a cut-off (requested or in `Corte`) that is one of its periods. */
export function configuredPlan(snapshot: WorkbookSnapshot, cutoff?: string): ConfiguredPlan {
  const plan = templatePlan(snapshot, cutoff);
  if (!plan.config) throw new OperationError("operation.notPlanWorkbook");
  if (plan.configurationMissing && plan.badCutoff === "")
    throw new OperationError("operation.configurationMissing", {
      labels: plan.config.periodLabels.join(", "),
    });
  const error = cutoffError(plan);
  if (error) throw error;
  return plan as ConfiguredPlan;
}
