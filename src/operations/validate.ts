/** Validate (SPEC §4): the issues of the host's workbook; writes nothing. */
import { validateWorkbook } from "../core/validation/validateWorkbook";
import { ValidationReport } from "../core/validation/ValidationReport";
import { anyPlan } from "./checkedPlan";
import { enterStep, OperationContext } from "./OperationContext";
import { ValidateRequest } from "./PlanOperations";
import { WorkbookHost } from "./WorkbookHost";

export async function validate(
  host: WorkbookHost,
  request: ValidateRequest,
  context?: OperationContext
): Promise<ValidationReport> {
  enterStep(context, "read", 0);
  const snapshot = await host.readSnapshot(context);
  enterStep(context, "validate", 0.5);
  const plan = anyPlan(snapshot, request.cutoff);
  const report = validateWorkbook(snapshot, { cutoff: request.cutoff }, { plan });
  enterStep(context, "done", 1);
  return report;
}
