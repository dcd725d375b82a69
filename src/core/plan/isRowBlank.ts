import { AreaSheet } from "./AreaSheet";
import { COMPUTED_HEADERS } from "../workbook/rowFormulas";
import { hasOnlyBlankInputs } from "./hasOnlyBlankInputs";

const IGNORED = new Set(COMPUTED_HEADERS);

/** A row in which nobody typed anything: every input cell blank (computed cells do not count). */
export function isRowBlank(sheet: AreaSheet, rowIndex: number): boolean {
  return hasOnlyBlankInputs(sheet, rowIndex, IGNORED);
}
