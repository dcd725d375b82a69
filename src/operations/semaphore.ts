/**
 * Semáforo (SPEC §5): compliance per row, area, macroprocess and institution at the cut-off. With `writeCutoff`
 * (the pane's selector) the cut-off is first written into `Corte`, so the workbook's own formulas agree.
 */
import { computeSemaphore, SemaphoreReport } from "../core/semaphore/computeSemaphore";
import { CONFIGURATION_ROW } from "../core/workbook/layout/configurationSheet";
import { SHEET } from "../core/workbook/sheetNames";
import { configuredPlan } from "./checkedPlan";
import { enterStep, OperationContext, reportStep } from "./OperationContext";
import { SemaphoreRequest } from "./PlanOperations";
import { WorkbookHost } from "./WorkbookHost";

export async function semaphore(
  host: WorkbookHost,
  request: SemaphoreRequest,
  context?: OperationContext
): Promise<SemaphoreReport> {
  enterStep(context, "read", 0);
  const snapshot = await host.readSnapshot(context);
  enterStep(context, "compute", 0.4);
  const plan = configuredPlan(snapshot, request.cutoff);
  const report = computeSemaphore(plan, plan.config);
  if (request.writeCutoff === true && request.cutoff !== undefined) {
    enterStep(context, "write", 0.7);
    await host.applyPatch(
      {
        sheets: [],
        definedNames: [],
        edits: [
          {
            sheet: SHEET.configuration,
            cell: `B${CONFIGURATION_ROW.cutoff}`,
            value: plan.config.cutoffLabel,
          },
        ],
      },
      context
    );
  }
  reportStep(context, "done", 1);
  return report;
}
