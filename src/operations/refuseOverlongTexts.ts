/**
 * A tab the tool rebuilds (import, upgrade) is written whole from the table it reads: a text there longer than an
 * Excel cell holds (32,767 characters, `overlongTexts`) would be written as it is — an output Excel does not open —
 * or cut, losing the user's text in silence. Neither: nothing is written, and the user is told which cell to
 * shorten. (Consolidation copies texts into `Matriz` cut and says so: the area tab keeps the whole text.)
 */
import { sheetReference } from "../core/workbook/address";
import { OverlongText, overlongTexts } from "../core/workbook/overlongTexts";
import { areaCodeOfTable } from "../core/workbook/sheetNames";
import { TableSnapshot } from "../core/workbook/WorkbookSnapshot";
import { AreaImportPlan } from "../core/import/planAreaImport";
import { OperationError } from "./OperationError";
import { ImportedWorkbook } from "./PlanOperations";

/** The first cell found, named, with its length; and how many there are. */
const placesOf = ([first, ...rest]: OverlongText[]): Record<string, string | number> => ({
  place: sheetReference(first.sheet, first.cell),
  length: first.length,
  count: 1 + rest.length,
});

/** The upgrade's area tables (`upgradeAreaTables`), read from the workbook it rebuilds. */
export function refuseOverlongUpgradeTexts(tables: Iterable<TableSnapshot>): void {
  const found = [...tables].flatMap(overlongTexts);
  if (found.length > 0) throw new OperationError("operation.textTooLong", placesOf(found));
}

/** The area tables an import takes from the files it was given, file by file. */
export function refuseOverlongImportTexts(
  plan: AreaImportPlan,
  files: readonly ImportedWorkbook[]
): void {
  for (const imported of plan.imported) {
    const snapshot = files.find((candidate) => candidate.file === imported.file)?.snapshot;
    const table = snapshot?.tables.find(
      (candidate) => areaCodeOfTable(candidate.name) === imported.area.toUpperCase()
    );
    const found = table ? overlongTexts(table) : [];
    if (found.length > 0)
      throw new OperationError("operation.importTextTooLong", {
        file: imported.file,
        ...placesOf(found),
      });
  }
}
