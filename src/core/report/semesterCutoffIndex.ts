/**
 * The cut-off a semester is measured at (SPEC §7): the last period of the year for semester 2; for semester 1 the
 * period that ends on 30 June (index n/2 − 1: S1, T2, B3, M6) or, when none does (3 periods), the first one past it
 * (C2). `notMidYear` says so, for the report to tell its readers.
 */
import { Semester } from "./ManagementReport";

export function semesterCutoffIndex(
  periodCount: number,
  semester: Semester
): { index: number; notMidYear: boolean } {
  if (!Number.isInteger(periodCount) || periodCount < 1)
    throw new Error(`A plan has at least one period, not ${periodCount}`);
  if (semester === 2) return { index: periodCount - 1, notMidYear: false };
  return { index: Math.ceil(periodCount / 2) - 1, notMidYear: periodCount % 2 === 1 };
}
