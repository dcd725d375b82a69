/**
 * "Without report" (SPEC §4, §7): the elapsed periods — up to the cut-off — with something programmed and no
 * executed value typed. Validation warns each one (`executed.missing`); the informe lists the row.
 */
import { executedHeader, programmedHeader } from "../workbook/areaColumns";
import { isMissing } from "../workbook/CellValue";
import { AreaSheet, cellAt } from "./AreaSheet";
import { PlanConfig } from "./PlanConfig";

export type UnreportedPeriod = { label: string; programmed: number };

export function unreportedPeriods(
  sheet: AreaSheet,
  rowIndex: number,
  config: PlanConfig
): UnreportedPeriod[] {
  return config.periodLabels.slice(0, config.cutoffIndex + 1).flatMap((label) => {
    if (!sheet.columns.has(programmedHeader(label)) || !sheet.columns.has(executedHeader(label)))
      return [];
    const programmedCell = cellAt(sheet, rowIndex, programmedHeader(label));
    const programmed = programmedCell.kind === "number" ? programmedCell.value : 0;
    if (programmed <= 0 || !isMissing(cellAt(sheet, rowIndex, executedHeader(label)))) return [];
    return [{ label, programmed }];
  });
}
