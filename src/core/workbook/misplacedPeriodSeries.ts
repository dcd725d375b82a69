/**
 * Period columns out of place (SPEC §5.1). An area table's row formulas (`rowFormulas`) read each period series by
 * position: from its first period's column over as many columns as the plan has periods. When a series' columns are
 * not side by side in period order (`Ejecutado T2` dragged before `Ejecutado T1`, a user's column inserted between
 * `Programado T2` and `Programado T3`), Excel and LibreOffice adjust those ranges to the cells they now cover, so the
 * sheet sums other cells than the headers name and no formula of the generator's layout fits the table. The headers
 * alone cannot give the sheet's figure: such a table's area is `con-errores`, and validation says which columns to move.
 */
import { executedHeader, programmedHeader } from "./areaColumns";

export type MisplacedPeriodSeries = {
  /** The series' header of its first period, e.g. "Programado T1" (`programmedHeader` / `executedHeader`). */
  firstHeader: string;
  lastHeader: string;
  /** 0-based table positions of the series' leftmost and rightmost columns. */
  left: number;
  right: number;
  /** 0-based positions of the columns between those that are not of the series (columns inserted among them). */
  inserted: number[];
  /** The series' headers left to right, when that is not period order; empty when the order is right. */
  order: string[];
  /** 0-based position of the leftmost column that does not hold its period's header (inserted, or another period). */
  firstOutOfPlace: number;
};

/**
 * Each period series (programmed, then executed) whose columns are all in the table but not side by side in period
 * order; empty when both series are where the row formulas read them (or a header is missing: that is another error).
 */
export function misplacedPeriodSeries(
  headers: readonly string[],
  periodLabels: readonly string[]
): MisplacedPeriodSeries[] {
  const problems: MisplacedPeriodSeries[] = [];
  for (const header of [programmedHeader, executedHeader]) {
    const names = periodLabels.map(header);
    const positions = names.map((name) => headers.indexOf(name));
    if (positions.some((position) => position < 0)) continue;
    if (positions.every((position, i) => position === positions[0] + i)) continue;
    const left = Math.min(...positions);
    const right = Math.max(...positions);
    const inserted: number[] = [];
    for (let position = left; position <= right; position++)
      if (!positions.includes(position)) inserted.push(position);
    let firstOutOfPlace = left;
    while (headers[firstOutOfPlace] === names[firstOutOfPlace - left]) firstOutOfPlace++;
    const found = [...positions].sort((a, b) => a - b).map((position) => headers[position]);
    problems.push({
      firstHeader: names[0],
      lastHeader: names[names.length - 1],
      left,
      right,
      inserted,
      order: found.every((name, i) => name === names[i]) ? [] : found,
      firstOutOfPlace,
    });
  }
  return problems;
}
