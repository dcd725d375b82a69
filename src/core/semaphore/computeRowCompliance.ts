/**
 * One row's semáforo (SPEC §5, §5.1), step for step what the row's live formulas compute (see
 * workbook/rowFormulas.ts): Número sums periods up to the cut-off, Porcentaje takes the level at the cut-off, blanks
 * count as 0. A row whose programmed or executed cells up to the cut-off hold an Excel error value or text (a
 * number stored as text) or a formula never calculated has no compliance: its band is `con-errores`; so has a row
 * whose sums or ratio overflow (Excel's #NUM!), never a figure that is not a number.
 *
 * `writeRowCompliance` reads the cells where they are in the table's row and writes the result into the row's record
 * (the semáforo runs it on every row, building nothing else); `computeRowCompliance` is the same over cells given one
 * by one.
 */
import { Bands, DIRECTION_DOWN, UNIT_PERCENT } from "../template/Template";
import { Cell, EMPTY, hasFormula, isBlank } from "../workbook/CellValue";
import { Band, bandOf } from "./Band";
import { roundCompliance } from "./roundLikeExcel";

export type RowCompliance = {
  programmed: number;
  executed: number;
  /** executed ÷ programmed (or the inverse for Descendente) as a fraction; null when nothing is programmed to date or the inputs hold errors. */
  compliance: number | null;
  band: Band;
  overExecution: boolean;
  /**
   * What makes the row `con-errores`: the first Excel error value among its inputs to date, "text",
   * `UNCALCULATED` (a formula without its result), or `OVERFLOW` ("#NUM!": a sum or the ratio past the largest
   * number).
   */
  inputError: string | null;
};

/**
 * Like Excel comparing text with "=": case-insensitive, spaces significant. Remembers the last text that matched
 * and the last that did not, so a column holding the same few words costs one comparison per row.
 */
export class SameText {
  private readonly lower: string;
  private matched: string;
  private missed: string | null = null;

  constructor(text: string) {
    this.lower = text.toLowerCase();
    this.matched = text;
  }

  test(cell: Cell): boolean {
    return cell.kind === "text" && this.matches(cell.value);
  }

  /** The same comparison for text already read (a value about to be written). */
  matches(value: string): boolean {
    if (value === this.matched) return true;
    if (value === this.missed) return false;
    const same = value.toLowerCase() === this.lower;
    if (same) this.matched = value;
    else this.missed = value;
    return same;
  }
}

/** SUM over a range: numbers (and dates, which are numbers) only. */
const summed = (cell: Cell): number =>
  cell.kind === "number" ? cell.value : cell.kind === "date" ? cell.serial : 0;

/** N(cell): numbers as they are, TRUE as 1, everything else 0. */
const coerced = (cell: Cell): number =>
  cell.kind === "boolean" ? (cell.value ? 1 : 0) : summed(cell);

/** `inputError` of a row whose inputs to date include a formula never calculated (`isUncalculated`). */
export const UNCALCULATED = "uncalculated";

/** `inputError` of a row whose sums or ratio overflow: what Excel's own formulas show then. */
export const OVERFLOW = "#NUM!";

/** `inputError` of a row whose inputs to date include TRUE or FALSE, which validation reports as not a number. */
export const LOGICAL = "logical";

/**
 * A numeric input that is not a number: an error value, text that is not blank (a number stored as text), TRUE or
 * FALSE (Excel's SUM leaves them out where LibreOffice's counts TRUE as 1: the sheet's own figure then depends on the
 * program that opens it), or a formula the file holds without its result (its value cannot be known).
 */
export function numericInputError(cell: Cell): string | null {
  if (cell === EMPTY) return null;
  const kind = cell.kind;
  if (kind === "error") return cell.code;
  if (kind === "text" && !isBlank(cell)) return "text";
  if (kind === "boolean") return LOGICAL;
  if (kind === "empty" && hasFormula(cell)) return UNCALCULATED;
  return null;
}

export type RowInputs = { unit: Cell; direction: Cell; programmed: Cell[]; executed: Cell[] };

/** Where a row's inputs sit in its table row (0-based; -1 where the table lacks the column: read as blank). */
export type ComplianceColumns = {
  unit: number;
  direction: number;
  programmed: readonly number[];
  executed: readonly number[];
};

/** The two texts a row's compliance compares its unit and direction with, remembered across the rows of a table. */
export type ComplianceTexts = { percent: SameText; down: SameText };

export const complianceTexts = (): ComplianceTexts => ({
  percent: new SameText(UNIT_PERCENT),
  down: new SameText(DIRECTION_DOWN),
});

const cellIn = (row: readonly Cell[], column: number): Cell =>
  column < 0 ? EMPTY : (row[column] ?? EMPTY);

/**
 * Σ of the periods up to the cut-off (Número), with Neumaier compensation as LibreOffice's SUM (`compensatedSum`,
 * the same steps in the same order), or N(level at the cut-off) (Porcentaje).
 */
function valueToDate(
  row: readonly Cell[],
  columns: readonly number[],
  cutoffIndex: number,
  percent: boolean
): number {
  if (percent) return coerced(cellIn(row, columns[cutoffIndex]));
  let sum = 0;
  let compensation = 0;
  for (let period = 0; period <= cutoffIndex && period < columns.length; period++) {
    const value = summed(cellIn(row, columns[period]));
    const next = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
  }
  return sum + compensation;
}

/** The first error among the periods up to the cut-off (both units: an elapsed period holding text is an error). */
function firstInputError(
  row: readonly Cell[],
  columns: ComplianceColumns,
  cutoffIndex: number
): string | null {
  // An error value in the unit or direction makes the sheet's own figures error values; a formula there never
  // calculated leaves them unknown.
  const unit = cellIn(row, columns.unit);
  if (unit.kind === "error") return unit.code;
  if (unit.kind === "empty" && hasFormula(unit)) return UNCALCULATED;
  const direction = cellIn(row, columns.direction);
  if (direction.kind === "error") return direction.code;
  if (direction.kind === "empty" && hasFormula(direction)) return UNCALCULATED;
  return (
    firstErrorToDate(row, columns.programmed, cutoffIndex) ??
    firstErrorToDate(row, columns.executed, cutoffIndex)
  );
}

function firstErrorToDate(
  row: readonly Cell[],
  series: readonly number[],
  cutoffIndex: number
): string | null {
  for (let period = 0; period <= cutoffIndex && period < series.length; period++) {
    const error = numericInputError(cellIn(row, series[period]));
    if (error !== null) return error;
  }
  return null;
}

/** Not programmed: blank or a number ≤ 0 (no positive number, no text, no error value, no date). */
const unprogrammed = (cell: Cell): boolean =>
  numericInputError(cell) === null &&
  !(cell.kind === "number" && cell.value > 0) &&
  cell.kind !== "date";

/**
 * Nothing programmed in any period of the year: every programmed cell blank or a number ≤ 0 (no positive number,
 * no text, no error value). The row's `Semáforo` formula tests the same (workbook/rowFormulas.ts).
 */
export function isUnprogrammedYear(programmed: Cell[]): boolean {
  return programmed.every(unprogrammed);
}

function unprogrammedYearAt(row: readonly Cell[], programmed: readonly number[]): boolean {
  for (const column of programmed) if (!unprogrammed(cellIn(row, column))) return false;
  return true;
}

/**
 * The row's compliance written into `into`, whose other fields stay as they are: the semáforo builds each row's
 * whole record once, where a returned object copied into it cost a second allocation per row (11 MB of the core
 * bench's 72 MB allocated per run, heap sampling). `bandsUsable` false: the thresholds are not usable (SPEC §5.1), so
 * every band of a number rests on an error.
 */
export function writeRowCompliance(
  into: RowCompliance,
  row: readonly Cell[],
  columns: ComplianceColumns,
  cutoffIndex: number,
  bands: Bands,
  bandsUsable = true,
  texts: ComplianceTexts = complianceTexts()
): void {
  const percent = texts.percent.test(cellIn(row, columns.unit));
  const programmed = valueToDate(row, columns.programmed, cutoffIndex, percent);
  const executed = valueToDate(row, columns.executed, cutoffIndex, percent);
  let inputError = firstInputError(row, columns, cutoffIndex);
  let compliance: number | null = null;
  if (inputError === null && !(Number.isFinite(programmed) && Number.isFinite(executed)))
    inputError = OVERFLOW;
  else if (inputError === null && programmed > 0) {
    const ratio = texts.down.test(cellIn(row, columns.direction))
      ? executed === 0
        ? 1
        : programmed / executed
      : executed / programmed;
    // A quotient past the largest number (1E+300 ÷ 1E-300) is #NUM! in the sheet's own formulas.
    if (Number.isFinite(ratio)) compliance = roundCompliance(ratio);
    else inputError = OVERFLOW;
  }
  into.programmed = programmed;
  into.executed = executed;
  into.compliance = compliance;
  into.band =
    inputError !== null || (compliance !== null && !bandsUsable)
      ? "con-errores"
      : compliance === null && unprogrammedYearAt(row, columns.programmed)
        ? "sin-diligenciar"
        : bandOf(compliance, bands);
  into.overExecution = compliance !== null && compliance > bands.overExecution;
  into.inputError = inputError;
}

/** A row's compliance from cells given one by one: unit, direction, then each period's programmed and executed cell. */
export function computeRowCompliance(
  inputs: RowInputs,
  cutoffIndex: number,
  bands: Bands,
  bandsUsable = true
): RowCompliance {
  const row = [inputs.unit, inputs.direction, ...inputs.programmed, ...inputs.executed];
  const first = 2 + inputs.programmed.length;
  const result: RowCompliance = {
    programmed: 0,
    executed: 0,
    compliance: null,
    band: "sin-programacion",
    overExecution: false,
    inputError: null,
  };
  writeRowCompliance(
    result,
    row,
    {
      unit: 0,
      direction: 1,
      programmed: inputs.programmed.map((_, period) => 2 + period),
      executed: inputs.executed.map((_, period) => first + period),
    },
    cutoffIndex,
    bands,
    bandsUsable
  );
  return result;
}
