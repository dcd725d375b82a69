/** The hidden sheet that feeds dropdowns (Excel's inline lists stop at 255 characters), one named column per list. */
import { Template } from "../../template/Template";
import { absolute, sheetReference } from "../address";
import { SHEET } from "../sheetNames";
import { listName, NAME } from "../workbookNames";
import { WORKBOOK_TEXT } from "../workbookText";
import { CellInput, DefinedNamePatch, SheetPatch, emptySheet } from "../WorkbookPatch";

export function layoutListsSheet(template: Template): {
  sheet: SheetPatch;
  names: DefinedNamePatch[];
} {
  const sheet = emptySheet(SHEET.lists, "hidden");
  const lists: { key: string; name: string; header: string; values: string[] }[] = [
    ...Object.entries(template.lists).map(([key, values]) => ({
      key,
      name: listName(key),
      header: WORKBOOK_TEXT.listsHeader[key] ?? key,
      values,
    })),
    {
      key: "periods",
      name: NAME.periods,
      header: WORKBOOK_TEXT.listsHeader.periods,
      values: template.periods.labels,
    },
  ];
  const height = Math.max(...lists.map((list) => list.values.length));
  const values: CellInput[][] = [
    lists.map((list) => list.header),
    ...Array.from({ length: height }, (_, row) => lists.map((list) => list.values[row] ?? null)),
  ];
  sheet.blocks.push({ row: 1, column: 1, values });
  sheet.styles.push({
    range: `A1:${absolute(1, lists.length).replace(/\$/g, "")}`,
    style: { bold: true },
  });
  const names = lists.map((list, index) => ({
    name: list.name,
    refersTo: sheetReference(
      SHEET.lists,
      `${absolute(2, index + 1)}:${absolute(list.values.length + 1, index + 1)}`
    ),
  }));
  return { sheet, names };
}
