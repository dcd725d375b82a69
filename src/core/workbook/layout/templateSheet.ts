/** The very hidden sheet that remembers which template (id + version) made the workbook, with its full JSON. */
import { Template } from "../../template/Template";
import { SHEET } from "../sheetNames";
import { SheetPatch, emptySheet } from "../WorkbookPatch";

/** Excel holds at most 32,767 characters in a cell; the JSON is split across row 4 from column B. */
export const TEMPLATE_JSON_CHUNK = 30_000;
export const TEMPLATE_SHEET_ROW = {
  templateId: 1,
  templateVersion: 2,
  schemaVersion: 3,
  json: 4,
} as const;

export function layoutTemplateSheet(template: Template): SheetPatch {
  const sheet = emptySheet(SHEET.template, "veryHidden");
  const json = JSON.stringify(template);
  const chunks: string[] = [];
  for (let start = 0; start < json.length; start += TEMPLATE_JSON_CHUNK)
    chunks.push(json.slice(start, start + TEMPLATE_JSON_CHUNK));
  sheet.blocks.push(
    {
      row: 1,
      column: 1,
      values: [
        ["templateId", template.templateId],
        ["templateVersion", template.templateVersion],
        ["schemaVersion", template.schemaVersion],
      ],
    },
    { row: TEMPLATE_SHEET_ROW.json, column: 1, values: [["json", ...chunks]] }
  );
  return sheet;
}

/** Reassembles the JSON from the cells of the template sheet's JSON row (column B onwards). */
export function joinTemplateJson(cells: unknown[]): string {
  return cells.filter((cell): cell is string => typeof cell === "string").join("");
}
