/**
 * Area, macroprocess and institution compliance (SPEC §5, §5.1): an area is Σ weight × min(compliance, 100 %) ÷
 * Σ weight over rows with programming — equal weights when the area gives none; a macroprocess is the mean of its
 * areas, the institution the mean of all areas with programming. Rows with errors (`con-errores`, or a weight that
 * is not a number where the area weights its rows) are left out and counted. Results are rounded like the
 * `Resumen` formulas (layout/summarySheet.ts), so the sheet and the core agree on every band.
 */
import { Band } from "./Band";
import { roundCompliance } from "./roundLikeExcel";

export type WeightedRow = {
  compliance: number | null;
  band: Band;
  /** The row's `Ponderación` when it is a number. */
  weight: number | null;
  /** `Ponderación` holds an Excel error value: the area's weighted sum is an error on the sheet too. */
  weightError: boolean;
};

export type AreaRollUp = {
  compliance: number | null;
  weighted: boolean;
  /** Rows with programming to date that count (not left out). */
  programmedRows: number;
  /** Rows left out because of an error: band `con-errores`, or a weight that is not a number in a weighted area. */
  rowsWithErrors: number;
  /**
   * Why the area's own figure is unavailable: a weight holding an error value, or rows with programming whose
   * weights add up to zero in an area that weights its rows. Null when the figure stands (or there is nothing).
   */
  error: "weightError" | "zeroWeight" | null;
};

export function rollUpArea(rows: WeightedRow[]): AreaRollUp {
  const weighted = rows.reduce((sum, row) => sum + (row.weight ?? 0), 0) > 0;
  const failed = rows.filter((row) => row.band === "con-errores").length;
  const programmed = rows.filter(
    (row): row is WeightedRow & { compliance: number } => row.compliance !== null
  );
  // A row with programming whose weight is blank or text, in an area that weights its rows, has no place in the sum.
  const unweighable = weighted ? programmed.filter((row) => row.weight === null).length : 0;
  const weightOf = (row: WeightedRow): number => (weighted ? (row.weight ?? 0) : 1);
  const totalWeight = programmed.reduce((sum, row) => sum + weightOf(row), 0);
  const score = programmed.reduce(
    (sum, row) => sum + weightOf(row) * Math.min(row.compliance, 1),
    0
  );
  const error = rows.some((row) => row.weightError)
    ? "weightError"
    : programmed.length > 0 && totalWeight <= 0
      ? "zeroWeight"
      : null;
  return {
    compliance: error === null && totalWeight > 0 ? roundCompliance(score / totalWeight) : null,
    weighted,
    programmedRows: programmed.length,
    rowsWithErrors: failed + unweighable,
    error,
  };
}

/** The mean of the figures present, rounded like `Resumen`; null when none is. */
export function meanOfPresent(values: (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0
    ? null
    : roundCompliance(present.reduce((sum, value) => sum + value, 0) / present.length);
}
