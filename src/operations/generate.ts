/** Generate (SPEC §3): the plan workbook of a template, written into the host's workbook as one patch. */
import { SHEET } from "../core/workbook/sheetNames";
import { layoutWorkbook } from "../core/workbook/layoutWorkbook";
import { WorkbookSnapshot } from "../core/workbook/WorkbookSnapshot";
import { enterStep, OperationContext, reportStep } from "./OperationContext";
import { OperationError } from "./OperationError";
import { GenerateRequest } from "./PlanOperations";
import { WorkbookHost } from "./WorkbookHost";

const holdsPlan = (snapshot: WorkbookSnapshot): boolean =>
  snapshot.templateJson !== undefined ||
  snapshot.sheets.some((sheet) => sheet.name.toLowerCase() === SHEET.template.toLowerCase());

export async function generate(
  host: WorkbookHost,
  request: GenerateRequest,
  context?: OperationContext
): Promise<void> {
  enterStep(context, "read", 0);
  const snapshot = await host.readSnapshot(context);
  if (holdsPlan(snapshot) && request.replaceExistingPlan !== true)
    throw new OperationError("operation.planExists");
  enterStep(context, "layout", 0.2);
  const { rows } = request;
  const patch = layoutWorkbook(
    request.template,
    rows ? { areaSheet: (area) => ({ rows: rows[area.code] ?? [] }) } : {}
  );
  enterStep(context, "write", 0.4);
  await host.applyPatch(patch, context);
  reportStep(context, "done", 1);
}
