import { cellText } from "./cellText";
import { fieldOfHeader } from "./fieldOfHeader";
import { SheetCellValue } from "./SpreadsheetData";

export type TitleBlock = { macroprocess?: string; area?: string };

/**
 * What a sheet's title block says above its header row: "Macroproceso: Misional", "Dependencia: Oficina de
 * Planeación" (label and value in one cell, or the label ending in ":" and the value in the next cell). A sheet of
 * one area says so here (a plan made by plan-matrix writes "Área: …" and "Macroproceso: …" above its table).
 */
export function readTitleBlock(rows: readonly SheetCellValue[][], headerRow: number): TitleBlock {
  const block: TitleBlock = {};
  for (const row of rows.slice(0, headerRow - 1)) {
    const texts = row.map(cellText);
    texts.forEach((text, column) => {
      const colon = text.indexOf(":");
      if (colon <= 0) return;
      const field = fieldOfHeader(text.slice(0, colon));
      if (field !== "macroprocess" && field !== "area") return;
      const value =
        text.slice(colon + 1).trim() || (texts.slice(column + 1).find((next) => next !== "") ?? "");
      if (value !== "" && block[field] === undefined) block[field] = value;
    });
  }
  return block;
}
