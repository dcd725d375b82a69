/**
 * The executive summary's main achievements and main delays, chosen by a rule the informe states beside them:
 * - achievements: rows in Verde, highest compliance to date counted up to 100 % (as the area's average counts it,
 *   so an over-executed row does not outrank a row done exactly), then the higher `Ponderación`, then plan order;
 * - delays: rows in Rojo, lowest compliance to date, then the higher `Ponderación`, then plan order.
 * A blank weight counts as 0 for the tie.
 */
import { ReportRow } from "../ManagementReport";

export const HIGHLIGHTS = 3;

const byWeightThenOrder = (a: ReportRow, b: ReportRow): number =>
  (b.weight ?? 0) - (a.weight ?? 0) || a.order - b.order;

export function mainAchievements(rows: ReportRow[], count = HIGHLIGHTS): ReportRow[] {
  return rows
    .filter((row) => row.band === "verde" && row.compliance !== null)
    .sort(
      (a, b) =>
        Math.min(b.compliance ?? 0, 1) - Math.min(a.compliance ?? 0, 1) || byWeightThenOrder(a, b)
    )
    .slice(0, count);
}

export function mainDelays(rows: ReportRow[], count = HIGHLIGHTS): ReportRow[] {
  return rows
    .filter((row) => row.band === "rojo" && row.compliance !== null)
    .sort((a, b) => (a.compliance ?? 0) - (b.compliance ?? 0) || byWeightThenOrder(a, b))
    .slice(0, count);
}
