/**
 * "Today" (SPEC §9): one definition for the CLI and the pane — the calendar date in the user's time zone, as
 * yyyy-mm-dd. The user's time zone is the runtime's (the browser's, or the process's `TZ`); the CLI passes
 * `PLAN_MATRIX_TODAY` as `override` to pin the date for reproducible runs (tests, audits).
 */
export type TodayOptions = {
  /** A pinned date (yyyy-mm-dd); used as it is when it is a real calendar date. */
  override?: string;
  /** The clock (tests inject one). */
  now?: Date;
  /** An IANA zone such as "America/Bogota"; the runtime's own zone when absent. */
  timeZone?: string;
};

/** The pinned date, when it is a real yyyy-mm-dd date; null otherwise. */
function pinnedDate(override: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(override.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
    ? override.trim()
    : null;
}

/** Today as yyyy-mm-dd in the user's time zone. Throws RangeError for an override that is not a date. */
export function today(options: TodayOptions = {}): string {
  if (options.override !== undefined && options.override.trim() !== "") {
    const pinned = pinnedDate(options.override);
    if (pinned === null)
      throw new RangeError(
        `PLAN_MATRIX_TODAY must be a date as yyyy-mm-dd, not "${options.override}"`
      );
    return pinned;
  }
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: options.timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(options.now ?? new Date());
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((candidate) => candidate.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
