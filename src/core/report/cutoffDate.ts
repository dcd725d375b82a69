/**
 * The last day of a cut-off period (SPEC §7 "con corte a 30 de junio de 2021"): periods split the year into equal
 * runs of months (2 → semesters, 3 → four-month periods, 4 → quarters, 6 → two-month periods, 12 → months), so
 * period i (0-based) of n ends on the last day of month (i + 1) × 12 ÷ n.
 */
export type CalendarDay = { year: number; month: number; day: number };

export function cutoffDate(year: number, periodCount: number, index: number): CalendarDay {
  if (!Number.isInteger(periodCount) || periodCount < 1 || 12 % periodCount !== 0)
    throw new Error(
      `A plan's periods divide the year into equal runs of months, not ${periodCount}`
    );
  if (!Number.isInteger(index) || index < 0 || index >= periodCount)
    throw new Error(`Period ${index + 1} is not one of the plan's ${periodCount}`);
  const month = ((index + 1) * 12) / periodCount;
  // Day 0 of the next month is the last day of this one (29 February in leap years).
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day };
}
