/**
 * Consolidate (SPEC §6): each area's rows from its tab in this workbook, into `Matriz`, `Resumen`, `Tablero` and
 * `Registro`. With area workbooks (`consolidate --import`), they are imported into their tabs first and the
 * consolidation reads the tabs as the import leaves them, all in one write; an unresolved import conflict writes
 * nothing (`ImportRefused`). Without imports, the area tabs are never touched; with them, what users put around
 * the tables of the tabs the import rebuilds is read with the snapshot and carried (`importedTabContents`).
 */
import { consolidatedPlan, consolidatePlan } from "../core/consolidation/consolidatePlan";
import { computeSemaphore } from "../core/semaphore/computeSemaphore";
import { WorkbookPatch } from "../core/workbook/WorkbookPatch";
import { WorkbookSnapshot } from "../core/workbook/WorkbookSnapshot";
import { configuredPlan } from "./checkedPlan";
import { importedTabContents, importResult, plannedImport } from "./importAreas";
import { SheetContents } from "../core/workbook/SheetContents";
import { ImportRefused } from "./ImportRefused";
import { refuseRebuiltTotalsRow } from "./refuseRebuiltTotalsRow";
import { issueCountsByArea } from "./issueCountsByArea";
import { enterStep, OperationContext, reportStep } from "./OperationContext";
import { ConsolidateRequest, ConsolidateResult } from "./PlanOperations";
import { WorkbookHost } from "./WorkbookHost";

/**
 * Everything but the write, from the snapshot read: the patch, and the result the operation returns once it is
 * written. The patch's `Matriz` rows are made from the area tabs' cells as they are written (`RowsByIndex`), so the
 * snapshot's cells stay in memory until then, but no second copy of them as the matrix's values (≈ 210 MB at
 * 17 × 20,000 rows); the result holds neither.
 */
function consolidation(
  read: WorkbookSnapshot,
  request: ConsolidateRequest,
  context?: OperationContext,
  /** What the tabs the import rebuilds hold around their tables (`importedTabContents`). */
  contents?: ReadonlyMap<string, SheetContents>
): { patch: WorkbookPatch; result: ConsolidateResult } {
  configuredPlan(read, request.cutoff);
  refuseRebuiltTotalsRow(read);
  const imports = request.imports ?? [];
  const imported =
    imports.length > 0
      ? (enterStep(context, "import", 0.2), plannedImport(read, { ...request, imports }, contents))
      : null;
  if (imported?.refused) throw new ImportRefused(importResult(imported, false));
  const snapshot = imported?.after ?? read;
  const plan = configuredPlan(snapshot, request.cutoff);
  enterStep(context, "validate", 0.4);
  // The semáforo once, at the cut-off: validation's over-execution and weights checks and the consolidation share it.
  const semaphore = computeSemaphore(consolidatedPlan(plan), plan.config);
  const issueCounts = issueCountsByArea(snapshot, request.cutoff, { plan, semaphore });
  enterStep(context, "compute", 0.5);
  const consolidated = consolidatePlan({
    plan,
    config: plan.config,
    snapshot,
    importFindings: imported?.findings,
    issueCounts,
    semaphore,
    today: request.today,
  });
  const patch = imported
    ? {
        ...consolidated.patch,
        sheets: [...imported.areaSheets, ...consolidated.patch.sheets],
      }
    : consolidated.patch;
  const { matrix, patch: _written, ...figures } = consolidated;
  const { rows, ...rest } = matrix;
  return {
    patch,
    result: {
      ...figures,
      matrix: { ...rest, rowCount: rows.length },
      imported: imported ? importResult(imported, imported.areaSheets.length > 0) : null,
    },
  };
}

export async function consolidate(
  host: WorkbookHost,
  request: ConsolidateRequest,
  context?: OperationContext
): Promise<ConsolidateResult> {
  enterStep(context, "read", 0);
  const read = await host.readSnapshot(context);
  const contents = await importedTabContents(
    host,
    read,
    { imports: request.imports ?? [], keep: request.keep },
    context
  );
  const { patch, result } = consolidation(read, request, context, contents);
  enterStep(context, "write", 0.6);
  await host.applyPatch(patch, context);
  reportStep(context, "done", 1);
  return result;
}
