/**
 * Upgrade (SPEC §2): a newer version of the workbook's own template, keeping every typed cell. A template of
 * another plan or not newer is refused before anything is written, and so is an upgrade whose new layout would
 * write over a cell users typed around an area table; the new tabs take their template order.
 */
import { sheetReference } from "../core/workbook/address";
import { sameTableName } from "../core/workbook/sheetNames";
import { MATRIX } from "../core/consolidation/matrixLayout";
import { planUpgrade, upgradeAreaTables, upgradeContentSheets } from "../core/upgrade/planUpgrade";
import { SheetContents } from "../core/workbook/SheetContents";
import { upgradeRefusal } from "../core/upgrade/upgradeRefusal";
import { cutoffError, templatePlan } from "./checkedPlan";
import { enterStep, OperationContext, reportStep } from "./OperationContext";
import { OperationError } from "./OperationError";
import { refuseOverlongTexts, refuseOverlongUpgradeTexts } from "./refuseOverlongTexts";
import { UpgradeRequest, UpgradeResult } from "./PlanOperations";
import { WorkbookHost } from "./WorkbookHost";

export async function upgrade(
  host: WorkbookHost,
  request: UpgradeRequest,
  context?: OperationContext
): Promise<UpgradeResult> {
  enterStep(context, "read", 0);
  const snapshot = await host.readSnapshot(context);
  enterStep(context, "compute", 0.3);
  const plan = templatePlan(snapshot);
  // SPEC §5.1: a `Corte` that is blank or not a period is an error; the upgrade never resets it to T1 on its own.
  const cutoff = cutoffError(plan);
  if (cutoff) throw cutoff;
  const refusal = upgradeRefusal(plan.template, request.template);
  if (refusal) throw new OperationError("operation.upgradeRefused", {}, refusal);
  // A text longer than a cell holds would be written as it is or cut: nothing is written (`refuseOverlongTexts`).
  refuseOverlongUpgradeTexts(upgradeAreaTables(snapshot, plan.template, request.template).values());
  // What users put around each area table, and users' own sheets, whose formulas follow the cells they point at
  // (every host reads them in one call; a host without the method keeps nothing around the tables).
  const contentSheets = upgradeContentSheets(snapshot, plan.template, request.template);
  const contents: Map<string, SheetContents> = host.readSheetContents
    ? await host.readSheetContents(contentSheets, context)
    : new Map();
  const upgraded = planUpgrade(snapshot, plan.template, request.template, contents);
  // A column of typed values that cannot be told by its header would be lost: nothing is written.
  if (upgraded.unidentified.length > 0)
    throw new OperationError("operation.upgradeUnidentifiedColumns", {
      count: upgraded.unidentified.length,
      columns: upgraded.unidentified
        .map(({ sheet, column }) => sheetReference(sheet, `${column}:${column}`))
        .join(", "),
    });
  // A cell users typed where the new layout writes is never written over: nothing is written.
  if (upgraded.collisions.length > 0)
    throw new OperationError("operation.upgradeCollision", {
      count: upgraded.collisions.reduce((sum, { cells }) => sum + cells.length, 0),
      places: upgraded.collisions
        .map(({ sheet, cells }) => `${sheet}: ${cells.join(", ")}`)
        .join("; "),
    });
  // So would a note users typed around a table (`overlongCells`): nothing is written, the cell is named.
  refuseOverlongTexts(upgraded.overlong);
  enterStep(context, "write", 0.5);
  await host.applyPatch(upgraded.patch, { ...context, tabOrder: upgraded.tabOrder });
  reportStep(context, "done", 1);
  return {
    ...upgraded,
    consolidated: snapshot.tables.some((table) => sameTableName(table.name, MATRIX.table)),
  };
}
