/**
 * A tab the tool rebuilds (import, upgrade) is written whole from what it reads: its table, and what users typed
 * around the table, the tab's own notes and an area file's (`carryOutsideCells`, `carryFileOutsideCells`). A text
 * there longer than an Excel cell holds (32,767 characters, `overlongTexts`, `overlongCells`) would be written as it
 * is — an output Excel does not open — or cut, losing the user's text in silence. Neither: nothing is written, and the
 * user is told which cells to shorten. (Consolidation copies texts into `Matriz` cut and says so: the area tab keeps
 * the whole text.)
 */
import { sheetReference } from "../core/workbook/address";
import { OverlongText, overlongTexts } from "../core/workbook/overlongTexts";
import { FIRST_CELLS } from "../core/workbook/SheetExtras";
import { TableSnapshot } from "../core/workbook/WorkbookSnapshot";
import { AreaImportPlan } from "../core/import/planAreaImport";
import { OperationError } from "./OperationError";

/** The first cell found, named, with its length; how many there are, and the first `FIRST_CELLS` named. */
const placesOf = (found: OverlongText[]): Record<string, string | number> => ({
  place: sheetReference(found[0].sheet, found[0].cell),
  length: found[0].length,
  count: found.length,
  places:
    found
      .slice(0, FIRST_CELLS)
      .map(({ sheet, cell }) => sheetReference(sheet, cell))
      .join(", ") + (found.length > FIRST_CELLS ? ", …" : ""),
});

/** Cells of the workbook being rebuilt (`found`, in the order to name them): nothing is written when there is one. */
export function refuseOverlongTexts(found: OverlongText[]): void {
  if (found.length > 0) throw new OperationError("operation.textTooLong", placesOf(found));
}

/** The upgrade's area tables (`upgradeAreaTables`), read from the workbook it rebuilds. */
export function refuseOverlongUpgradeTexts(tables: Iterable<TableSnapshot>): void {
  refuseOverlongTexts([...tables].flatMap(overlongTexts));
}

/**
 * What an import would write (`AreaImportPlan.overlong`), area by area: a file's cells name the file, the tab's own
 * (its notes around the table, a typed value `Registro` would record as replaced) are this workbook's.
 */
export function refuseOverlongImportTexts(plan: AreaImportPlan): void {
  for (const { file, fromFile, fromTab } of plan.overlong) {
    if (fromFile.length > 0)
      throw new OperationError("operation.importTextTooLong", { file, ...placesOf(fromFile) });
    refuseOverlongTexts(fromTab);
  }
}
