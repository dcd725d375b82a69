/**
 * An area file returned by email as its import needs it: its snapshot, with what each sheet holding an area table
 * holds around that table (`SheetContents`, in `WorkbookSnapshot.sheets[].outside`), which the import carries to the
 * area's tab (`carryFileOutsideCells`). Every host reads a file the same way: the package layer reads the snapshot,
 * then the sheets `areaFileSheets` names, and `withOutsideCells` joins them.
 */
import { readPlan } from "../plan/readPlan";
import { SheetContents } from "../workbook/SheetContents";
import { WorkbookSnapshot } from "../workbook/WorkbookSnapshot";

/** The sheets of a file holding an area table (each once, in the plan's order). */
export function areaFileSheets(snapshot: WorkbookSnapshot): string[] {
  return [...new Set(readPlan(snapshot).areas.map((sheet) => sheet.table.sheet))];
}

/** `snapshot` with `contents` (by sheet name, as `areaFileSheets` named them) on its sheets. */
export function withOutsideCells(
  snapshot: WorkbookSnapshot,
  contents: ReadonlyMap<string, SheetContents>
): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((sheet) => {
      const outside = contents.get(sheet.name);
      return outside ? { ...sheet, outside } : sheet;
    }),
  };
}
