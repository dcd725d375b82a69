/** Errors and warnings per area code, as the dashboard and the summary show them. */
export type IssueCounts = Map<string, { errors: number; warnings: number }>;
