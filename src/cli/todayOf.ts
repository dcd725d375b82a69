/** The date of a run, yyyy-mm-dd; PLAN_MATRIX_TODAY pins it for reproducible runs (tests, audits). */
export function todayOf(): string {
  return process.env.PLAN_MATRIX_TODAY ?? new Date().toISOString().slice(0, 10);
}
