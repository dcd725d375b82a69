/**
 * Opens a plan workbook for a command: unreadable or foreign files become one-line, exit-2 errors. Reads with the
 * low-memory package reader (only the cells the core needs are kept); commands that must edit the workbook with
 * ExcelJS itself load it with `loadWorkbookFile` or `readPlanFileWithWorkbook`.
 */
import ExcelJS from "exceljs";
import { readPlan, Plan } from "../core/plan/readPlan";
import { WorkbookSnapshot } from "../core/workbook/WorkbookSnapshot";
import { readSnapshotFromBytes } from "../shells/xlsx/package/packageBytes";
import { relativeRelationshipTargets } from "../shells/xlsx/package/relativeRelationshipTargets";
import { readSnapshot } from "../shells/xlsx/readSnapshot";
import { CliError } from "./CliError";
import { checkWorkbookBytes } from "./checkWorkbookBytes";
import { readInputFile } from "./files";

const firstLine = (error: unknown): string =>
  error instanceof Error ? error.message.split("\n")[0] : String(error);

export type PlanFile = {
  path: string;
  snapshot: WorkbookSnapshot;
  plan: Plan;
};

export async function loadWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  const bytes = await readInputFile(path);
  checkWorkbookBytes(path, bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS cannot follow absolute relationship targets (openpyxl writes them): make them relative first.
    const readable = await relativeRelationshipTargets(bytes);
    // ExcelJS types predate Node 20 Buffer generics.
    await workbook.xlsx.load(readable as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new CliError("cli.notXlsx", { path, detail: firstLine(error) });
  }
  return workbook;
}

/** The snapshot of a workbook file, read in little memory; the same errors as `loadWorkbookFile`. */
export async function readSnapshotFile(path: string): Promise<WorkbookSnapshot> {
  const bytes = await readInputFile(path);
  checkWorkbookBytes(path, bytes);
  try {
    return await readSnapshotFromBytes(bytes);
  } catch (error) {
    throw new CliError("cli.notXlsx", { path, detail: firstLine(error) });
  }
}

function planOf(
  path: string,
  snapshot: WorkbookSnapshot,
  options: { cutoff?: string; requireTemplate: boolean }
): Plan {
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
  return plan;
}

/** Reads the plan; with `requireTemplate` a workbook plan-matrix did not make is refused. */
export async function readPlanFile(
  path: string,
  options: { cutoff?: string; requireTemplate: boolean }
): Promise<PlanFile> {
  const snapshot = await readSnapshotFile(path);
  return { path, snapshot, plan: planOf(path, snapshot, options) };
}

/** As `readPlanFile`, with the whole workbook loaded in ExcelJS (regular mode: memory grows with the file). */
export async function readPlanFileWithWorkbook(
  path: string,
  options: { cutoff?: string; requireTemplate: boolean }
): Promise<PlanFile & { workbook: ExcelJS.Workbook }> {
  const workbook = await loadWorkbookFile(path);
  const snapshot = readSnapshot(workbook);
  return { path, workbook, snapshot, plan: planOf(path, snapshot, options) };
}
