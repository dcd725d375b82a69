/**
 * One row's semáforo (SPEC §5), step for step what the row's live formulas compute (see workbook/rowFormulas.ts):
 * Número sums periods up to the cut-off, Porcentaje takes the level at the cut-off; text and blanks count as 0.
 */
import { Bands, DIRECTION_DOWN, UNIT_PERCENT } from "../template/Template";
import { Cell } from "../workbook/CellValue";
import { COMPLIANCE_DECIMALS } from "../workbook/rowFormulas";
import { Band, bandOf } from "./Band";
import { compensatedSum } from "./compensatedSum";
import { roundLikeExcel } from "./roundLikeExcel";

export type RowCompliance = {
  programmed: number;
  executed: number;
  /** executed ÷ programmed (or the inverse for Descendente) as a fraction; null when nothing is programmed to date. */
  compliance: number | null;
  band: Band;
  overExecution: boolean;
  /** An Excel error value among the periods used: the sheet shows that error instead of a result. */
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

export type RowInputs = { unit: Cell; direction: Cell; programmed: Cell[]; executed: Cell[] };

/** The cells a row uses up to the cut-off: Porcentaje the cut-off's level alone, Número every period so far. */
const usedCells = (cells: Cell[], cutoffIndex: number, percent: boolean): Cell[] =>
  percent ? [cells[cutoffIndex]] : cells.slice(0, cutoffIndex + 1);

const valueToDate = (used: Cell[], percent: boolean): number =>
  percent ? coerced(used[0]) : compensatedSum(used.map(summed));

export function computeRowCompliance(
  inputs: RowInputs,
  cutoffIndex: number,
  bands: Bands
): RowCompliance {
  const percent = sameText(inputs.unit, UNIT_PERCENT);
  const programmedCells = usedCells(inputs.programmed, cutoffIndex, percent);
  const executedCells = usedCells(inputs.executed, cutoffIndex, percent);
  const error =
    programmedCells.find((cell) => cell.kind === "error") ??
    executedCells.find((cell) => cell.kind === "error");
  const programmed = valueToDate(programmedCells, percent);
  const executed = valueToDate(executedCells, percent);
  let compliance: number | null = null;
  if (programmed > 0) {
    const ratio = sameText(inputs.direction, DIRECTION_DOWN)
      ? executed === 0
        ? 1
        : programmed / executed
      : executed / programmed;
    compliance = roundLikeExcel(ratio, COMPLIANCE_DECIMALS);
  }
  return {
    programmed,
    executed,
    compliance,
    band: bandOf(compliance, bands),
    overExecution: compliance !== null && compliance > bands.overExecution,
    inputError: error?.kind === "error" ? error.code : null,
  };
}
