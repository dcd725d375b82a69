/** What a newer template version adds to the one a workbook was made with: table columns and list values. */
import { Template } from "../template/Template";
import { areaColumns } from "../workbook/areaColumns";

export function templateAdditions(
  stored: Template,
  next: Template
): { addedColumns: string[]; addedListValues: { list: string; values: string[] }[] } {
  const before = new Set(areaColumns(stored).map((column) => column.header));
  const addedColumns = areaColumns(next)
    .map((column) => column.header)
    .filter((header) => !before.has(header));
  const addedListValues = Object.entries(next.lists).flatMap(([list, values]) => {
    const known = new Set(stored.lists[list] ?? []);
    const added = values.filter((value) => !known.has(value));
    return added.length > 0 ? [{ list, values: added }] : [];
  });
  return { addedColumns, addedListValues };
}
