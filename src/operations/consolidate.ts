/**
 * Consolidate (SPEC §6): each area's rows from this workbook's tab or from an area workbook returned by email,
 * into `Matriz`, `Resumen`, `Tablero` and `Registro`, written as one patch (the area tabs are never touched).
 */
import { consolidatePlan, Consolidation } from "../core/consolidation/consolidatePlan";
import { readPlan } from "../core/plan/readPlan";
import { configuredPlan } from "./checkedPlan";
import { issueCountsByArea } from "./issueCountsByArea";
import { enterStep, OperationContext, reportStep } from "./OperationContext";
import { ConsolidateRequest } from "./PlanOperations";
import { WorkbookHost } from "./WorkbookHost";

export async function consolidate(
  host: WorkbookHost,
  request: ConsolidateRequest,
  context?: OperationContext
): Promise<Consolidation> {
  enterStep(context, "read", 0);
  const snapshot = await host.readSnapshot(context);
  const plan = configuredPlan(snapshot, request.cutoff);
  const imports = request.imports.map((imported, index) => {
    enterStep(context, "import", 0.2 + (0.2 * index) / request.imports.length);
    return { file: imported.file, plan: readPlan(imported.snapshot) };
  });
  enterStep(context, "validate", 0.4);
  const issueCounts = issueCountsByArea(snapshot, request.cutoff);
  enterStep(context, "compute", 0.5);
  const consolidation = consolidatePlan({
    plan,
    config: plan.config,
    snapshot,
    imports,
    issueCounts,
    today: request.today,
  });
  enterStep(context, "write", 0.6);
  await host.applyPatch(consolidation.patch, context);
  reportStep(context, "done", 1);
  return consolidation;
}
