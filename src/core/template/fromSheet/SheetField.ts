/**
 * What a column of an existing plan matrix can hold: the structure (macroprocess → area → objective), what a row
 * plans (activity, indicator, goal, …) and one period's programming (quarters T1–T4 or semesters S1–S2).
 */
export const STRUCTURE_FIELDS = ["macroprocess", "area", "objective"] as const;

export const ROW_FIELDS = [
  "id",
  "activity",
  "deliverable",
  "indicator",
  "indicatorFormula",
  "unit",
  "baseline",
  "goal",
  "weight",
  "responsible",
  "startDate",
  "endDate",
  "budget",
  "evidence",
  "observations",
] as const;

export const PERIOD_FIELDS = ["T1", "T2", "T3", "T4", "S1", "S2"] as const;

export const SHEET_FIELDS = [...STRUCTURE_FIELDS, ...ROW_FIELDS, ...PERIOD_FIELDS] as const;

export type SheetField = (typeof SHEET_FIELDS)[number];
export type PeriodField = (typeof PERIOD_FIELDS)[number];

export function isSheetField(value: string): value is SheetField {
  return (SHEET_FIELDS as readonly string[]).includes(value);
}

export function isPeriodField(field: SheetField): field is PeriodField {
  return (PERIOD_FIELDS as readonly string[]).includes(field);
}
