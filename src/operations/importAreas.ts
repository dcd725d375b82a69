/**
 * Import (SPEC §6): area workbooks returned by email into their areas' tabs, with `Registro` recording every typed
 * value replaced, written as one patch. `Resumen` is rewritten with them: its live formulas name the area tables,
 * and a host swaps a replaced tab's table, so formulas naming it are written after the swap (as consolidation and
 * upgrade do). Nothing is written while a conflict is unresolved, nor when no file brings an area's rows. What users
 * put around the tables of the tabs it rebuilds is read from the host in one request (`importedTabContents`, as an
 * upgrade asks it) and carried to the same addresses.
 */
import { AreaImportPlan, importedTabs, planAreaImport } from "../core/import/planAreaImport";
import { SheetContents } from "../core/workbook/SheetContents";
import { layoutSummarySheet } from "../core/workbook/layout/summarySheet";
import { WorkbookSnapshot } from "../core/workbook/WorkbookSnapshot";
import { issueCountsByArea } from "./issueCountsByArea";
import { templatePlan } from "./checkedPlan";
import { MATRIX } from "../core/consolidation/matrixLayout";
import { sameTableName, WORKBOOK_TABLES } from "../core/workbook/sheetNames";
import { refuseRebuiltTotalsRow } from "./refuseRebuiltTotalsRow";
import { refuseOverlongImportTexts } from "./refuseOverlongTexts";
import { enterStep, OperationContext, reportStep } from "./OperationContext";
import { ImportRequest, ImportResult } from "./PlanOperations";
import { WorkbookHost } from "./WorkbookHost";

/**
 * What the tabs an import may rebuild hold around their tables, in one request to the host (`consolidate --import`
 * shares it); nothing is asked of a host without `readSheetContents`, nor when no tab would be rebuilt.
 */
export async function importedTabContents(
  host: WorkbookHost,
  snapshot: WorkbookSnapshot,
  request: Pick<ImportRequest, "imports" | "keep">,
  context?: OperationContext
): Promise<Map<string, SheetContents>> {
  if (!host.readSheetContents || request.imports.length === 0) return new Map();
  const tabs = importedTabs(snapshot, request.imports, request.keep);
  return tabs.length > 0 ? host.readSheetContents(tabs, context) : new Map();
}

/** The import planned over a snapshot already read (`consolidate --import` shares it). */
export function plannedImport(
  snapshot: WorkbookSnapshot,
  request: Omit<ImportRequest, "imports"> & { imports: ImportRequest["imports"] },
  /** What the tabs hold around their tables (`importedTabContents`). */
  contents?: ReadonlyMap<string, SheetContents>
): AreaImportPlan {
  templatePlan(snapshot);
  refuseRebuiltTotalsRow(
    snapshot,
    WORKBOOK_TABLES.filter((name) => !sameTableName(name, MATRIX.table))
  );
  const plan = planAreaImport({
    snapshot,
    files: request.imports,
    replace: request.replace,
    keep: request.keep,
    today: request.today,
    contents,
  });
  // A text longer than a cell holds would be written as it is or cut: nothing is written (`refuseOverlongTexts`).
  if (!plan.refused) refuseOverlongImportTexts(plan);
  return plan;
}

export const importResult = (plan: AreaImportPlan, written: boolean): ImportResult => ({
  refused: plan.refused,
  conflicts: plan.conflicts,
  imported: plan.imported,
  findings: plan.findings,
  replaced: plan.replaced,
  written,
});

export async function importAreas(
  host: WorkbookHost,
  request: ImportRequest,
  context?: OperationContext
): Promise<ImportResult> {
  enterStep(context, "read", 0);
  const snapshot = await host.readSnapshot(context);
  const contents = await importedTabContents(host, snapshot, request, context);
  enterStep(context, "import", 0.3);
  const plan = plannedImport(snapshot, request, contents);
  if (plan.refused || plan.patch.sheets.length === 0) {
    reportStep(context, "done", 1);
    return importResult(plan, false);
  }
  enterStep(context, "validate", 0.4);
  const summary = layoutSummarySheet(
    templatePlan(plan.after).template,
    issueCountsByArea(plan.after)
  ).sheet;
  const [log] = plan.patch.sheets.slice(plan.areaSheets.length);
  enterStep(context, "write", 0.6);
  await host.applyPatch({ ...plan.patch, sheets: [...plan.areaSheets, summary, log] }, context);
  reportStep(context, "done", 1);
  return importResult(plan, true);
}
