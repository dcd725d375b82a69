import { AreaSheet } from "../plan/AreaSheet";

/** Where an area's rows come from: this workbook's own tab, or a workbook returned by email. */
export type SourceOrigin = { kind: "workbook" } | { kind: "import"; file: string };

export type AreaSource = { code: string; origin: SourceOrigin; sheet: AreaSheet };
