import { AreaSheet } from "./AreaSheet";
import { isRowBlank } from "./isRowBlank";
import { isRowUnfilled } from "./isRowUnfilled";

/** Rows of an area table somebody filled: neither blank nor holding only the generated defaults. */
export const filledRowCount = (sheet: AreaSheet): number =>
  sheet.table.rows.filter((_, index) => !isRowBlank(sheet, index) && !isRowUnfilled(sheet, index))
    .length;
