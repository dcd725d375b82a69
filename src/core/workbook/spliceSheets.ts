/**
 * A workbook's snapshot with some of its sheets read again, for a host that re-reads only the sheets a write touched
 * (the in-browser workbook after a cell edit): `partial` is a read of those `sheets` alone, `full` the snapshot of the
 * whole workbook before the write. Those sheets' entries (their `extras`), tables and the values of the names whose
 * cell lies on them come from `partial`, and so does the template JSON when the template sheet is one of them;
 * everything else comes from `full`, in `full`'s order (tables in tab order, names in the workbook's). Only for a
 * write that changed cells and nothing else: no sheet, table or name added, removed or renamed.
 */
import { SHEET } from "./sheetNames";
import { WorkbookSnapshot } from "./WorkbookSnapshot";

export function spliceSheets(
  full: WorkbookSnapshot,
  partial: WorkbookSnapshot,
  sheets: ReadonlySet<string>
): WorkbookSnapshot {
  const reread = new Map(partial.sheets.map((sheet) => [sheet.name, sheet]));
  // A partial read gives values for exactly the names whose cell lies on the sheets it read.
  const rereadNames = new Map(Object.entries(partial.names));
  return {
    ...full,
    sheets: full.sheets.map((sheet) =>
      sheets.has(sheet.name) ? (reread.get(sheet.name) ?? sheet) : sheet
    ),
    tables: full.sheets.flatMap(({ name }) =>
      (sheets.has(name) ? partial : full).tables.filter((table) => table.sheet === name)
    ),
    names: Object.fromEntries(
      Object.entries(full.names).map(([name, value]) => [name, rereadNames.get(name) ?? value])
    ),
    templateJson: sheets.has(SHEET.template) ? partial.templateJson : full.templateJson,
  };
}
