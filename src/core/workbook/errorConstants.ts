/**
 * The error values a cell can hold as a constant, without a formula (ECMA-376 Part 1, §18.18.11 ST_CellType "e";
 * what Excel accepts when one is typed). Excel's newer errors (#SPILL!, #CALC!, #GETTING_DATA, #FIELD!, #BLOCKED!,
 * #CONNECT!, #BUSY!, #UNKNOWN!, #PYTHON!) only ever come from a formula, so a workbook cannot store one as a value.
 */
export const ERROR_CONSTANTS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
] as const;

export type ErrorConstant = (typeof ERROR_CONSTANTS)[number];

const CONSTANTS: ReadonlySet<string> = new Set(ERROR_CONSTANTS);

/**
 * The constant that stands for a cell's error value when it is written as a value: the error itself, or #N/A
 * ("no value available") for an error only a formula can give — still an error wherever it is read again.
 */
export function errorConstant(code: string): ErrorConstant {
  const upper = code.trim().toUpperCase();
  return CONSTANTS.has(upper) ? (upper as ErrorConstant) : "#N/A";
}
