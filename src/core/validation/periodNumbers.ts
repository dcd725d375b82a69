/**
 * The programmed or executed values of a row, period by period (blank = 0, as the formulas count it), with the
 * columns they sit in; null when a period column is missing or a period holds something other than a number
 * (reported by its own rule), so that sums are never checked on half the data.
 */
import { executedHeader, programmedHeader } from "../workbook/areaColumns";
import { AreaContext, PresentColumn } from "./AreaContext";
import { cellNumber } from "./cellNumber";
import { columnOf } from "./columnOf";
import { isMissing } from "../workbook/CellValue";
import { rowCell } from "./rowCell";

export type PeriodNumbers = { columns: PresentColumn[]; values: number[] };

export function periodNumbers(
  area: AreaContext,
  rowIndex: number,
  which: "programmed" | "executed"
): PeriodNumbers | null {
  const header = which === "programmed" ? programmedHeader : executedHeader;
  const columns = area.config.periodLabels.map((label) => columnOf(area, header(label)));
  if (columns.some((column) => column === undefined)) return null;
  const present = columns as PresentColumn[];
  const values: number[] = [];
  for (const column of present) {
    const cell = rowCell(area, rowIndex, column.index);
    const value = cellNumber(cell);
    if (value === null && !isMissing(cell)) return null;
    values.push(value ?? 0);
  }
  return { columns: present, values };
}
