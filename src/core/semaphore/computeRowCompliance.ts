/**
 * One row's semáforo (SPEC §5, §5.1), step for step what the row's live formulas compute (see
 * workbook/rowFormulas.ts): Número sums periods up to the cut-off, Porcentaje takes the level at the cut-off, blanks
 * count as 0. A row whose programmed or executed cells up to the cut-off hold an Excel error value or text (a
 * number stored as text) has no compliance: its band is `con-errores`.
 */
import { Bands, DIRECTION_DOWN, UNIT_PERCENT } from "../template/Template";
import { Cell, isBlank } from "../workbook/CellValue";
import { Band, bandOf } from "./Band";
import { compensatedSum } from "./compensatedSum";
import { roundCompliance } from "./roundLikeExcel";

export type RowCompliance = {
  programmed: number;
  executed: number;
  /** executed ÷ programmed (or the inverse for Descendente) as a fraction; null when nothing is programmed to date or the inputs hold errors. */
  compliance: number | null;
  band: Band;
  overExecution: boolean;
  /** What makes the row `con-errores`: the first Excel error value among its inputs to date, or "text". */
  inputError: string | null;
};

/** Like Excel comparing text with "=": case-insensitive, spaces significant. */
const sameText = (cell: Cell, text: string): boolean =>
  cell.kind === "text" && cell.value.toLowerCase() === text.toLowerCase();

/** SUM over a range: numbers (and dates, which are numbers) only. */
const summed = (cell: Cell): number =>
  cell.kind === "number" ? cell.value : cell.kind === "date" ? cell.serial : 0;

/** N(cell): numbers as they are, TRUE as 1, everything else 0. */
const coerced = (cell: Cell): number =>
  cell.kind === "boolean" ? (cell.value ? 1 : 0) : summed(cell);

/** A numeric input that is not a number: an error value, or text that is not blank (a number stored as text). */
export function numericInputError(cell: Cell): string | null {
  if (cell.kind === "error") return cell.code;
  if (cell.kind === "text" && !isBlank(cell)) return "text";
  return null;
}

export type RowInputs = { unit: Cell; direction: Cell; programmed: Cell[]; executed: Cell[] };

const valueToDate = (cells: Cell[], cutoffIndex: number, percent: boolean): number =>
  percent
    ? coerced(cells[cutoffIndex])
    : compensatedSum(cells.slice(0, cutoffIndex + 1).map(summed));

/** The first error among the periods up to the cut-off (both units: an elapsed period holding text is an error). */
function firstInputError(inputs: RowInputs, cutoffIndex: number): string | null {
  // An error value in the unit or direction makes the sheet's own figures error values.
  for (const cell of [inputs.unit, inputs.direction]) if (cell.kind === "error") return cell.code;
  for (const cells of [inputs.programmed, inputs.executed])
    for (const cell of cells.slice(0, cutoffIndex + 1)) {
      const error = numericInputError(cell);
      if (error !== null) return error;
    }
  return null;
}

/**
 * Nothing programmed in any period of the year: every programmed cell blank or a number ≤ 0 (no positive number,
 * no text, no error value). The row's `Semáforo` formula tests the same (workbook/rowFormulas.ts).
 */
export function isUnprogrammedYear(programmed: Cell[]): boolean {
  return programmed.every(
    (cell) =>
      numericInputError(cell) === null &&
      !(cell.kind === "number" && cell.value > 0) &&
      cell.kind !== "date"
  );
}

/** `bandsUsable` false: the thresholds are not usable (SPEC §5.1), so every band of a number rests on an error. */
export function computeRowCompliance(
  inputs: RowInputs,
  cutoffIndex: number,
  bands: Bands,
  bandsUsable = true
): RowCompliance {
  const percent = sameText(inputs.unit, UNIT_PERCENT);
  const programmed = valueToDate(inputs.programmed, cutoffIndex, percent);
  const executed = valueToDate(inputs.executed, cutoffIndex, percent);
  const inputError = firstInputError(inputs, cutoffIndex);
  let compliance: number | null = null;
  if (inputError === null && programmed > 0) {
    const ratio = sameText(inputs.direction, DIRECTION_DOWN)
      ? executed === 0
        ? 1
        : programmed / executed
      : executed / programmed;
    compliance = roundCompliance(ratio);
  }
  return {
    programmed,
    executed,
    compliance,
    band:
      inputError !== null || (compliance !== null && !bandsUsable)
        ? "con-errores"
        : compliance === null && isUnprogrammedYear(inputs.programmed)
          ? "sin-diligenciar"
          : bandOf(compliance, bands),
    overExecution: compliance !== null && compliance > bands.overExecution,
    inputError,
  };
}
