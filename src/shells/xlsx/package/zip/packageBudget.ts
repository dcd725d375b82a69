/**
 * What one reading of a package may cost, checked before the work (README, "Files: one reading, one writing"): the file's size, each part's
 * inflated size and all parts' together (as the zip's directory declares them; inflating past a declared size is
 * damage), and the parts read whole into one string. A package over a budget is refused in one line, naming the part.
 */
export const PACKAGE_BUDGET = {
  /** The .xlsx file itself (the bench's 17 × 20,000-row plan is ≈ 110 MB). */
  fileBytes: 512 * 1024 * 1024,
  /** One part once inflated: worksheets and shared strings are streamed, so this bounds time, not memory. */
  partBytes: 1024 * 1024 * 1024,
  /** Every part once inflated, together. */
  totalBytes: 2 * 1024 * 1024 * 1024,
  /** Parts read whole (workbook, relationships, styles, tables, content types): far below V8's string limit. */
  wholePartBytes: 64 * 1024 * 1024,
  /** Entries in the zip's directory. */
  entries: 10_000,
} as const;
