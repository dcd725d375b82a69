/** What a recalculated workbook (LibreOffice's) shows in a cell, read through ExcelJS: its result, a number, a band. */
import ExcelJS from "exceljs";
import { Band } from "../../../src/core/semaphore/Band";
import { BAND_LABEL } from "../../../src/core/workbook/rowFormulas";

/** A formula's last result, or the cell's value. */
export const resultOf = (cell: ExcelJS.Cell): unknown => {
  const value = cell.value;
  return value !== null && typeof value === "object" && "formula" in value ? cell.result : value;
};

/** A number the sheet shows; null for a blank ("") or an error value. */
export const numberIn = (cell: ExcelJS.Cell): number | null => {
  const result = resultOf(cell);
  return typeof result === "number" ? result : null;
};

/** The band a label names, or a text saying what else it is (so that a failing expectation shows it). */
export const bandOfLabel = (label: unknown): Band | string =>
  (Object.entries(BAND_LABEL).find(([, text]) => text === label)?.[0] as Band) ??
  `not a band: ${JSON.stringify(label)}`;
