/**
 * An area file returned by email as its import needs it: its snapshot, with what each sheet holding an area table
 * holds around that table (`SheetContents`, in `WorkbookSnapshot.sheets[].outside`), which the import carries to the
 * area's tab (`carryFileOutsideCells`). Every host reads a file the same way: the package layer reads the snapshot,
 * then the sheets `areaFileSheets` names, and `withOutsideCells` joins them.
 */
import { SheetContents } from "../workbook/SheetContents";
import { areaCodeOfTable } from "../workbook/sheetNames";
import { WorkbookSnapshot } from "../workbook/WorkbookSnapshot";

/**
 * The sheets of a file holding an area table (`T_<CODE>`, as `readPlan` finds them), each once, in the file's table
 * order: found by name alone, so that the pane's file reader does not parse the stored template.
 */
export function areaFileSheets(snapshot: WorkbookSnapshot): string[] {
  return [
    ...new Set(
      snapshot.tables
        .filter((table) => areaCodeOfTable(table.name) !== null)
        .map((table) => table.sheet)
    ),
  ];
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
