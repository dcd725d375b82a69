/**
 * A one-tab copy of an area (SPEC §6: "a copy of the whole plan or of one tab"; Excel's Move or Copy › new book, or
 * a tab saved alone) keeps the area's table but not the plan's stored template, so its template id and version
 * cannot be read. Such a table is read with this plan's template instead and taken only when it has every column
 * users type in of this plan's layout for the area: those are what the import carries, so a tab of a template
 * version that lacks one of them is refused, the missing headers named. Computed columns are the layout's own and
 * are rebuilt; columns the area added are carried, as in any import.
 */
import { AreaSheet } from "../plan/AreaSheet";
import { Template } from "../template/Template";
import { areaColumns } from "../workbook/areaColumns";

/** The input headers of `template`'s layout that `sheet`'s table lacks, in layout order (none: it can be taken). */
export function missingLayoutColumns(template: Template, sheet: AreaSheet): string[] {
  return areaColumns(template)
    .filter((column) => column.type !== "computed" && !sheet.columns.has(column.header))
    .map((column) => column.header);
}
