/** Today's date for the CLI (ISO, UTC); PLAN_MATRIX_TODAY pins it for reproducible runs (tests, audits). */
export function todayIso(): string {
  return process.env.PLAN_MATRIX_TODAY ?? new Date().toISOString().slice(0, 10);
}
