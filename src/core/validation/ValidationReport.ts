/** The result of `validateWorkbook` (SPEC §4, §8 `validate --json`): issues, then counts per area and overall. */
import { Issue } from "./Issue";

export type AreaSummary = {
  code: string;
  name: string;
  sheet: string;
  /** Rows with anything typed in them (blank rows are ignored). */
  rows: number;
  filledRows: number;
  /** Rows that still hold only what the workbook was generated with (ID, Objetivo, Sentido, Estado del reporte). */
  unfilledRows: number;
  errors: number;
  warnings: number;
};

export type ValidationSummary = {
  areas: number;
  rows: number;
  filledRows: number;
  errors: number;
  warnings: number;
  /** Issues that carry an automatic fix. */
  fixable: number;
};

export type ValidationReport = {
  issues: Issue[];
  areas: AreaSummary[];
  summary: ValidationSummary;
};
