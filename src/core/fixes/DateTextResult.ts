/** What a date typed as text reads as (see `parseDateText`). */
export type DateTextResult =
  /** An Excel serial date (1900 date system). */
  | { ok: true; value: number }
  /** A two-digit year: 21 may be 2021 or 1921, and the plan does not guess. */
  | { ok: false; reason: "ambiguous" }
  /** Read day/month/year, the month would be this number (e.g. "03/15/2021" → 15): probably month/day order. */
  | { ok: false; reason: "monthOutOfRange"; month: number }
  /** Shaped like a date but not one on the calendar (31/02/2021). */
  | { ok: false; reason: "invalidDate" }
  | { ok: false; reason: "notADate" };
