/**
 * Fix (SPEC §4): the unambiguous automatic fixes as cell edits in one patch (only the chosen ones when `only` is
 * given), then the workbook as fixed is read back and validated again.
 */
import { planFixes } from "../core/fixes/planFixes";
import { validateWorkbook } from "../core/validation/validateWorkbook";
import { templatePlan } from "./checkedPlan";
import { enterStep, OperationContext, reportStep } from "./OperationContext";
import { FixRequest, FixResult } from "./PlanOperations";
import { WorkbookHost } from "./WorkbookHost";

export async function fix(
  host: WorkbookHost,
  request: FixRequest,
  context?: OperationContext
): Promise<FixResult> {
  enterStep(context, "read", 0);
  const snapshot = await host.readSnapshot(context);
  enterStep(context, "validate", 0.2);
  const plan = templatePlan(snapshot, request.cutoff);
  const before = validateWorkbook(snapshot, { cutoff: request.cutoff }, { plan });
  const only = request.only ? new Set(request.only) : null;
  const edits = planFixes(before).filter(
    (edit) => only === null || only.has(`${edit.sheet}!${edit.cell}`)
  );
  enterStep(context, "write", 0.4);
  await host.applyPatch({ sheets: [], definedNames: [], edits }, context);
  // Written: from here on a cancel no longer applies (the fixes are in the workbook).
  reportStep(context, "validate", 0.8);
  const after = validateWorkbook(await host.readSnapshot(), { cutoff: request.cutoff });
  reportStep(context, "done", 1);
  return { edits, before, after };
}
