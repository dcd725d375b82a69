/**
 * The programmed or executed values of a row, period by period (blank = 0, as the formulas count it), with the
 * columns they sit in; null when a period column is missing or a period holds something other than a number
 * (reported by its own rule), so that sums are never checked on half the data. The columns are found once per
 * area (`periodColumns`), the values read per row (`readPeriodNumbers`).
 */
import { executedHeader, programmedHeader } from "../workbook/areaColumns";
import { AreaContext, PresentColumn } from "./AreaContext";
import { columnOf } from "./columnOf";
import { Cell, isMissing } from "../workbook/CellValue";

/** The area's columns of one series, in period order; null when one is missing. */
export function periodColumns(
  area: AreaContext,
  which: "programmed" | "executed"
): PresentColumn[] | null {
  const header = which === "programmed" ? programmedHeader : executedHeader;
  const columns = area.config.periodLabels.map((label) => columnOf(area, header(label)));
  return columns.some((column) => column === undefined) ? null : (columns as PresentColumn[]);
}

/**
 * Reads the row's values of `columns` into `values`, which holds one number per column and is reused row after row
 * (no row allocates); false when a period holds something other than a number.
 */
export function readPeriodNumbers(
  row: readonly Cell[],
  columns: readonly PresentColumn[],
  values: number[]
): boolean {
  for (let period = 0; period < columns.length; period++) {
    const cell = row[columns[period].index];
    if (cell === undefined) values[period] = 0;
    else if (cell.kind === "number") values[period] = cell.value;
    else if (isMissing(cell)) values[period] = 0;
    else return false;
  }
  return true;
}
