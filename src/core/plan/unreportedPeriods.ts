/**
 * "Without report" (SPEC §4, §7): the elapsed periods — up to the cut-off — with something programmed and no
 * executed value typed. Validation warns each one (`executed.missing`); the informe lists the row.
 */
import { executedHeader, programmedHeader } from "../workbook/areaColumns";
import { Cell, EMPTY, isMissing } from "../workbook/CellValue";
import { AreaSheet } from "./AreaSheet";
import { PlanConfig } from "./PlanConfig";

export type UnreportedPeriod = { label: string; programmed: number };

/** An elapsed period whose programmed and executed columns the table has (0-based positions in the row). */
export type ElapsedPeriod = { label: string; programmed: number; executed: number };

/** The elapsed periods of a table that can be without report: both of their columns are there. */
export function elapsedPeriods(sheet: AreaSheet, config: PlanConfig): ElapsedPeriod[] {
  return config.periodLabels.slice(0, config.cutoffIndex + 1).flatMap((label) => {
    const programmed = sheet.columns.get(programmedHeader(label));
    const executed = sheet.columns.get(executedHeader(label));
    return programmed === undefined || executed === undefined
      ? []
      : [{ label, programmed, executed }];
  });
}

/** What was programmed in `period` of `row` when the period is without report; null when it is not. */
export function unreportedProgrammed(row: readonly Cell[], period: ElapsedPeriod): number | null {
  const programmedCell = row[period.programmed] ?? EMPTY;
  const programmed = programmedCell.kind === "number" ? programmedCell.value : 0;
  return programmed <= 0 || !isMissing(row[period.executed] ?? EMPTY) ? null : programmed;
}

export function unreportedPeriods(
  sheet: AreaSheet,
  rowIndex: number,
  config: PlanConfig
): UnreportedPeriod[] {
  const row = sheet.table.rows[rowIndex] ?? [];
  return elapsedPeriods(sheet, config).flatMap((period) => {
    const programmed = unreportedProgrammed(row, period);
    return programmed === null ? [] : [{ label: period.label, programmed }];
  });
}
