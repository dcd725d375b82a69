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
  /**
   * `Ponderación` holds an Excel error value (the area's weighted sum is an error on the sheet too) or a formula
   * never calculated (the sum is unknown).
   */
  weightError: boolean;
};

export type AreaRollUp = {
  compliance: number | null;
  weighted: boolean;
  /** Rows with programming to date that count (not left out). */
  programmedRows: number;
  /** Rows left out because of an error (`isLeftOut`). */
  rowsWithErrors: number;
  /**
   * Why the area's own figure is unavailable: a weight holding an error value or a formula never calculated, or
   * weights whose sums overflow (`weightError`); or rows with programming whose
   * weights add up to zero in an area that weights its rows. Null when the figure stands (or there is nothing).
   */
  error: "weightError" | "zeroWeight" | null;
};

/**
 * An area weights its rows when any of its rows carries a number in `Ponderación` — zeros included: weights typed
 * as 0 everywhere are weights that add up to nothing (an error), not an area without weights (SPEC §5.1).
 */
export const weighsRows = (rows: WeightedRow[]): boolean => rows.some((row) => row.weight !== null);

/**
 * The one test of a row left out of its area's figure (SPEC §5.1): its band is `con-errores`, or it has programming
 * to date but no numeric `Ponderación` in an area that weights its rows. Every view counts and lists these rows.
 */
export const isLeftOut = (row: WeightedRow, weighted: boolean): boolean =>
  row.band === "con-errores" || (weighted && row.compliance !== null && row.weight === null);

export function rollUpArea(rows: WeightedRow[]): AreaRollUp {
  const weighted = weighsRows(rows);
  const programmed = rows.filter(
    (row): row is WeightedRow & { compliance: number } => row.compliance !== null
  );
  const weightOf = (row: WeightedRow): number => (weighted ? (row.weight ?? 0) : 1);
  const totalWeight = programmed.reduce((sum, row) => sum + weightOf(row), 0);
  const score = programmed.reduce(
    (sum, row) => sum + weightOf(row) * Math.min(row.compliance, 1),
    0
  );
  // Weights whose sums overflow (1E+308 twice) are #NUM! in the sheet's SUMPRODUCT: an error, never NaN.
  const error =
    rows.some((row) => row.weightError) || !Number.isFinite(totalWeight) || !Number.isFinite(score)
      ? "weightError"
      : programmed.length > 0 && totalWeight <= 0
        ? "zeroWeight"
        : null;
  return {
    compliance: error === null && totalWeight > 0 ? roundCompliance(score / totalWeight) : null,
    weighted,
    programmedRows: programmed.length,
    rowsWithErrors: rows.filter((row) => isLeftOut(row, weighted)).length,
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
