/**
 * Live formulas of the computed columns of one area-table row (SPEC §5, §5.1). They use only functions that
 * Excel 2016+ and LibreOffice both know, and compute what the core's `computeRowCompliance` computes: a row whose
 * programmed or executed cells up to the cut-off hold an error value or text (or whose unit or direction is an
 * error) shows "Con errores" in `% Cumplimiento` and `Semáforo`, and `Resumen` leaves it out of the roll-up.
 */
import { HEADERS } from "./areaColumns";
import { columnLetter } from "./address";
import { NAME } from "./workbookNames";
import { UNIT_PERCENT, DIRECTION_DOWN } from "../template/Template";
import { Band } from "../semaphore/Band";
import { bandMessages } from "../messages/catalog/bandMessages";
import { COMPLIANCE_DECIMALS } from "../semaphore/roundLikeExcel";
import { misplacedPeriodSeries } from "./misplacedPeriodSeries";

/** What the `Semáforo` cells show for each band (and `% Cumplimiento` for a row with errors). */
export const BAND_LABEL: Record<Band, string> = bandMessages.es;

/** The computed columns: nobody types there (SPEC §3.2), their formulas are this module's. */
export const COMPUTED_COLUMNS = {
  programmedToDate: HEADERS.programmedToDate,
  executedToDate: HEADERS.executedToDate,
  compliance: HEADERS.compliance,
  semaphore: HEADERS.semaphore,
} as const;
export const COMPUTED_HEADERS: readonly string[] = Object.values(COMPUTED_COLUMNS);

/** ROUND to the decimals the core rounds compliance to. */
export const roundedFormula = (formula: string): string =>
  `ROUND(${formula},${COMPLIANCE_DECIMALS})`;

/** TRUE when `Configuración`'s thresholds are numbers with 0 < amarillo < verde ≤ 1 < sobreejecución, else FALSE or 0 (SPEC §5.1; 0, not FALSE, because LibreOffice saves FALSE as FALSE()). */
export const THRESHOLDS_USABLE =
  `IFERROR(AND(ISNUMBER(${NAME.yellowThreshold}),ISNUMBER(${NAME.greenThreshold}),` +
  `ISNUMBER(${NAME.overExecutionThreshold}),${NAME.yellowThreshold}>0,` +
  `${NAME.yellowThreshold}<${NAME.greenThreshold},${NAME.greenThreshold}<=1,` +
  `${NAME.overExecutionThreshold}>1),0)`;

/**
 * The one band formula of every sheet: an error value or unusable thresholds give "Con errores"; a number its band
 * (numbers compared with the named thresholds); anything else "Con errores" when `unavailable` holds, "Sin
 * diligenciar" when `unfilled` holds (nothing programmed in the whole year), otherwise "Sin programación".
 */
export function bandFormula(cell: string, unavailable: string, unfilled: string): string {
  const label = (band: Band): string => `"${BAND_LABEL[band]}"`;
  return (
    `IF(ISERROR(${cell}),${label("con-errores")},IF(ISNUMBER(${cell}),IF(${THRESHOLDS_USABLE},` +
    `IF(${cell}>=${NAME.greenThreshold},${label("verde")},IF(${cell}>=${NAME.yellowThreshold},` +
    `${label("amarillo")},${label("rojo")})),${label("con-errores")}),` +
    `IF(${unavailable},${label("con-errores")},IF(${unfilled},${label("sin-diligenciar")},` +
    `${label("sin-programacion")}))))`
  );
}

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

/** The cells of a period series from the first period to the cut-off. */
const toCutoff = (first: string, last: string): string =>
  `${first}:INDEX(${first}:${last},1,${NAME.cutoffIndex})`;

/** Σ of periods up to the cut-off (Número) or the value at the cut-off (Porcentaje); blanks count as 0. */
function toDate(unitCell: string, first: string, last: string): string {
  return `IF(${unitCell}="${UNIT_PERCENT}",N(INDEX(${first}:${last},1,${NAME.cutoffIndex})),SUM(${toCutoff(first, last)}))`;
}

/** How many cells of a range hold an error value or non-blank text. */
const errorCount = (range: string): string =>
  `ISERROR(${range})+ISTEXT(${range})*(LEN(TRIM(IFERROR(${range},"")))>0)`;

/**
 * TRUE when nothing is programmed in any period of the year: no positive number, no text, no error value in the
 * whole programmed series (`isUnprogrammedYear` in the core).
 */
const nothingProgrammed = (range: string): string =>
  `SUMPRODUCT(ISNUMBER(${range})*(IFERROR(${range},0)>0)+${errorCount(range)})=0`;

export function rowFormulas(
  columns: RowFormulaColumns,
  row: number
): { programmedToDate: string; executedToDate: string; compliance: string; semaphore: string } {
  const at = (column: number): string => `${columnLetter(column)}${row}`;
  const unit = at(columns.unit);
  const direction = at(columns.direction);
  const programmed = at(columns.programmedToDate);
  const executed = at(columns.executedToDate);
  const compliance = at(columns.compliance);
  const last = (first: number): string => at(first + columns.periodCount - 1);
  const programmedSpan = toCutoff(at(columns.firstProgrammed), last(columns.firstProgrammed));
  const executedSpan = toCutoff(at(columns.firstExecuted), last(columns.firstExecuted));
  const withErrors = `"${BAND_LABEL["con-errores"]}"`;
  return {
    programmedToDate: toDate(unit, at(columns.firstProgrammed), last(columns.firstProgrammed)),
    executedToDate: toDate(unit, at(columns.firstExecuted), last(columns.firstExecuted)),
    compliance:
      `IF(OR(ISERROR(${programmed}),ISERROR(${executed}),ISERROR(${direction})),${withErrors},` +
      `IF(SUMPRODUCT(${errorCount(programmedSpan)}+${errorCount(executedSpan)})>0,${withErrors},` +
      `IF(N(${programmed})<=0,"",${roundedFormula(
        `IF(${direction}="${DIRECTION_DOWN}",IF(N(${executed})=0,1,${programmed}/${executed}),N(${executed})/${programmed})`
      )})))`,
    semaphore: bandFormula(
      compliance,
      `${compliance}<>""`,
      nothingProgrammed(`${at(columns.firstProgrammed)}:${last(columns.firstProgrammed)}`)
    ),
  };
}

/**
 * Header → formula-column positions, from an area table's header row; null when an input of the formulas is missing
 * or a period series is not side by side in period order (`misplacedPeriodSeries`).
 */
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
  // A series whose columns are not side by side in period order has no formula of this layout (SPEC §5.1).
  if (misplacedPeriodSeries(headers, periodLabels).length > 0) return null;
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
