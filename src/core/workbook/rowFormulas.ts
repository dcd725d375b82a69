/**
 * Live formulas of the computed columns of one area-table row (SPEC §5). They use only functions that
 * Excel 2016+ and LibreOffice both know, and the core's `computeRowCompliance` mirrors them step by step.
 */
import { HEADERS } from "./areaColumns";
import { columnLetter } from "./address";
import { NAME } from "./workbookNames";
import { UNIT_PERCENT, DIRECTION_DOWN } from "../template/Template";

/** Decimal places compliance is rounded to, in formulas and core alike, so sums' last-bit noise cannot move a band. */
export const COMPLIANCE_DECIMALS = 10;

export const BAND_LABEL = {
  verde: "Verde",
  amarillo: "Amarillo",
  rojo: "Rojo",
  "sin-programacion": "Sin programación",
} as const;

export type RowFormulaColumns = {
  unit: number;
  direction: number;
  firstProgrammed: number;
  firstExecuted: number;
  periodCount: number;
  programmedToDate: number;
  executedToDate: number;
  compliance: number;
};

/** Σ of periods up to the cut-off (Número) or the value at the cut-off (Porcentaje); text and blanks count as 0. */
function toDate(unitCell: string, first: string, last: string): string {
  const span = `${first}:${last}`;
  return `IF(${unitCell}="${UNIT_PERCENT}",N(INDEX(${span},1,${NAME.cutoffIndex})),SUM(${first}:INDEX(${span},1,${NAME.cutoffIndex})))`;
}

export function rowFormulas(
  columns: RowFormulaColumns,
  row: number
): { programmedToDate: string; executedToDate: string; compliance: string; semaphore: string } {
  const at = (column: number): string => `${columnLetter(column)}${row}`;
  const unit = at(columns.unit);
  const programmed = at(columns.programmedToDate);
  const executed = at(columns.executedToDate);
  const compliance = at(columns.compliance);
  const last = (first: number): string => at(first + columns.periodCount - 1);
  return {
    programmedToDate: toDate(unit, at(columns.firstProgrammed), last(columns.firstProgrammed)),
    executedToDate: toDate(unit, at(columns.firstExecuted), last(columns.firstExecuted)),
    compliance:
      `IF(N(${programmed})<=0,"",ROUND(IF(${at(columns.direction)}="${DIRECTION_DOWN}",` +
      `IF(N(${executed})=0,1,${programmed}/${executed}),N(${executed})/${programmed}),${COMPLIANCE_DECIMALS}))`,
    semaphore:
      `IF(ISNUMBER(${compliance}),IF(${compliance}>=${NAME.greenThreshold},"${BAND_LABEL.verde}",` +
      `IF(${compliance}>=${NAME.yellowThreshold},"${BAND_LABEL.amarillo}","${BAND_LABEL.rojo}")),"${BAND_LABEL["sin-programacion"]}")`,
  };
}

/** Header → formula-column positions, from an area table's header row. */
export function rowFormulaColumns(
  headers: string[],
  periodLabels: string[],
  firstColumn = 1
): RowFormulaColumns | null {
  const position = (header: string): number => headers.indexOf(header);
  const positions = {
    unit: position(HEADERS.unit),
    direction: position(HEADERS.direction),
    firstProgrammed: position(`Programado ${periodLabels[0]}`),
    firstExecuted: position(`Ejecutado ${periodLabels[0]}`),
    programmedToDate: position(HEADERS.programmedToDate),
    executedToDate: position(HEADERS.executedToDate),
    compliance: position(HEADERS.compliance),
  };
  if (Object.values(positions).some((index) => index < 0)) return null;
  const contiguous = (first: number, prefix: string): boolean =>
    periodLabels.every((label, i) => headers[first + i] === `${prefix} ${label}`);
  if (
    !contiguous(positions.firstProgrammed, "Programado") ||
    !contiguous(positions.firstExecuted, "Ejecutado")
  )
    return null;
  const shift = (index: number): number => index + firstColumn;
  return {
    unit: shift(positions.unit),
    direction: shift(positions.direction),
    firstProgrammed: shift(positions.firstProgrammed),
    firstExecuted: shift(positions.firstExecuted),
    periodCount: periodLabels.length,
    programmedToDate: shift(positions.programmedToDate),
    executedToDate: shift(positions.executedToDate),
    compliance: shift(positions.compliance),
  };
}
