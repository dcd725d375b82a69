/** Opens a plan workbook for a command: unreadable or foreign files become one-line, exit-2 errors. */
import ExcelJS from "exceljs";
import { readPlan, Plan } from "../core/plan/readPlan";
import { WorkbookSnapshot } from "../core/workbook/WorkbookSnapshot";
import { readSnapshot } from "../shells/xlsx/readSnapshot";
import { CliError } from "./CliError";
import { readInputFile } from "./files";

export type PlanFile = {
  path: string;
  workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
  plan: Plan;
};

export async function loadWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  const bytes = await readInputFile(path);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types predate Node 20 Buffer generics.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new CliError("cli.notXlsx", {
      path,
      detail: error instanceof Error ? error.message.split("\n")[0] : String(error),
    });
  }
  return workbook;
}

/** Reads the plan; with `requireTemplate` a workbook plan-matrix did not make is refused. */
export async function readPlanFile(
  path: string,
  options: { cutoff?: string; requireTemplate: boolean }
): Promise<PlanFile> {
  const workbook = await loadWorkbookFile(path);
  const snapshot = readSnapshot(workbook);
  const plan = readPlan(snapshot, { cutoff: options.cutoff });
  if (options.requireTemplate && plan.templateProblem === "missing")
    throw new CliError("cli.notPlanWorkbook", { path });
  if (options.requireTemplate && plan.templateProblem === "invalid") {
    throw new CliError("cli.storedTemplateInvalid", {
      path,
      detail: plan.templateProblemDetail ?? "",
    });
  }
  if (options.cutoff !== undefined && plan.badCutoff !== null && plan.template) {
    throw new CliError("cli.badCutoff", {
      value: options.cutoff,
      labels: plan.template.periods.labels.join(", "),
    });
  }
  return { path, workbook, snapshot, plan };
}
