/**
 * The programmed or executed values of a row, period by period (blank = 0, as the formulas count it), with the
 * columns they sit in; null when a period column is missing or a period holds something other than a number
 * (reported by its own rule), so that sums are never checked on half the data. The columns are found once per
 * area (`periodColumns`), the values read per row (`periodNumbers`).
 */
import { executedHeader, programmedHeader } from "../workbook/areaColumns";
import { AreaContext, PresentColumn } from "./AreaContext";
import { columnOf } from "./columnOf";
import { Cell, isMissing } from "../workbook/CellValue";

export type PeriodNumbers = { columns: PresentColumn[]; values: number[] };

/** The area's columns of one series, in period order; null when one is missing. */
export function periodColumns(
  area: AreaContext,
  which: "programmed" | "executed"
): PresentColumn[] | null {
  const header = which === "programmed" ? programmedHeader : executedHeader;
  const columns = area.config.periodLabels.map((label) => columnOf(area, header(label)));
  return columns.some((column) => column === undefined) ? null : (columns as PresentColumn[]);
}

export function periodNumbers(
  row: readonly Cell[],
  columns: PresentColumn[] | null
): PeriodNumbers | null {
  if (!columns) return null;
  const values: number[] = [];
  for (const column of columns) {
    const cell = row[column.index];
    if (cell === undefined) values.push(0);
    else if (cell.kind === "number") values.push(cell.value);
    else if (isMissing(cell)) values.push(0);
    else return null;
  }
  return { columns, values };
}
