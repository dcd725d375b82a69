import { COMPLIANCE_DECIMALS } from "../workbook/rowFormulas";
import { roundLikeExcel } from "./roundLikeExcel";

/**
 * Area, macroprocess and institution compliance (SPEC §5): an area is Σ weight × min(compliance, 100 %) ÷ Σ weight
 * over rows with programming — equal weights when the area gives none; a macroprocess is the mean of its areas, the
 * institution the mean of all areas with programming. Results are rounded like the `Resumen` formulas
 * (layout/summarySheet.ts), so the sheet and the core agree on every band.
 */
export type WeightedRow = { compliance: number | null; weight: number | null };

export type AreaRollUp = { compliance: number | null; weighted: boolean; programmedRows: number };

export function rollUpArea(rows: WeightedRow[]): AreaRollUp {
  const weighted = rows.reduce((sum, row) => sum + (row.weight ?? 0), 0) > 0;
  const programmed = rows.filter(
    (row): row is { compliance: number; weight: number | null } => row.compliance !== null
  );
  const weightOf = (row: WeightedRow): number => (weighted ? (row.weight ?? 0) : 1);
  const totalWeight = programmed.reduce((sum, row) => sum + weightOf(row), 0);
  const score = programmed.reduce(
    (sum, row) => sum + weightOf(row) * Math.min(row.compliance, 1),
    0
  );
  return {
    compliance: totalWeight > 0 ? roundLikeExcel(score / totalWeight, COMPLIANCE_DECIMALS) : null,
    weighted,
    programmedRows: programmed.length,
  };
}

export function meanOfPresent(values: (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0
    ? null
    : roundLikeExcel(
        present.reduce((sum, value) => sum + value, 0) / present.length,
        COMPLIANCE_DECIMALS
      );
}
