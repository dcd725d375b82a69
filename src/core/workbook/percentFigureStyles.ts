/**
 * A Porcentaje row's figures shown as percentages (SPEC §3.3): its levels are fractions (0.25) that the area lead
 * typed and reads as 25 %, so every sheet that writes them (a rebuilt area tab, `Matriz`) gives the row's
 * figure columns (`isUnitFigure`) the percent format; a Número row's keep their column's format. The row's unit
 * decides, read from the value written in its `Unidad de medida` and compared as Excel compares list text.
 */
import { SameText } from "../semaphore/computeRowCompliance";
import { UNIT_PERCENT } from "../template/Template";
import { NUMBER_FORMATS } from "./numberFormats";
import { rectAddress } from "./rectsAround";
import { CellInput, StyledRange } from "./WorkbookPatch";

/** The text a written value shows: literal text, or a carried formula's last text result. */
function shownText(value: CellInput | undefined): string | null {
  if (typeof value === "string") return value;
  if (value !== null && typeof value === "object" && "formula" in value)
    return typeof value.result === "string" ? value.result : null;
  return null;
}

/** Whether a row's written `Unidad de medida` is Porcentaje (case-insensitive, spaces significant, as Excel's "="). */
export function percentUnitTest(): (unit: CellInput | undefined) => boolean {
  const percent = new SameText(UNIT_PERCENT);
  return (unit) => {
    const text = shownText(unit);
    return text !== null && percent.matches(text);
  };
}

/** Ascending numbers as runs of consecutive ones: [3, 4, 5, 8] → [[3, 5], [8, 8]]. */
export function consecutiveRuns(numbers: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const number of numbers) {
    const last = runs[runs.length - 1];
    if (last !== undefined && number === last[1] + 1) last[1] = number;
    else runs.push([number, number]);
  }
  return runs;
}

/**
 * The percent format over `columns` of `rows` (both 1-based and ascending): one range per run of consecutive rows
 * and run of consecutive columns, row runs in order, so a table of Porcentaje rows costs a few ranges.
 */
export function percentFigureStyles(
  rows: readonly number[],
  columns: readonly number[]
): StyledRange[] {
  const style = { numberFormat: NUMBER_FORMATS.percent };
  const columnRuns = consecutiveRuns(columns);
  return consecutiveRuns(rows).flatMap(([top, bottom]) =>
    columnRuns.map(([left, right]) => ({
      range: rectAddress({ top, left, bottom, right }),
      style,
    }))
  );
}
