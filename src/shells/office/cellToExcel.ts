/**
 * A patch value → what the host writes through `Range.formulas` (one 2-D array per block, formulas and values
 * together). Strings that Excel could read as anything else go through the "text stays text" rule
 * (src/core/workbook/textLiteral.ts); dates are written as serials in the workbook's date system (the range's number
 * format shows them; a 1904 workbook's are 1,462 lower, src/core/workbook/dateSystem.ts), and error values as their
 * code.
 */
import { fileDateSerial } from "../../core/workbook/dateSystem";
import { textLiteralFormula, needsTextLiteral } from "../../core/workbook/textLiteral";
import { CellInput } from "../../core/workbook/WorkbookPatch";
import { HostError } from "./HostError";

export type ExcelCellInput = string | number | boolean;

/** `where` names the cell for the message when a guarded text is too long for a formula. */
export function cellToExcel(
  input: CellInput,
  /** Whether the workbook is in the 1904 date system (`queueDateSystem`). */
  date1904: boolean,
  where: () => { sheet: string; cell: string }
): ExcelCellInput {
  if (input === null) return "";
  if (typeof input === "number" || typeof input === "boolean") return input;
  if (typeof input === "string") {
    if (!needsTextLiteral(input)) return input;
    const formula = textLiteralFormula(input);
    if (formula === null)
      throw new HostError("excel.textTooLong", { ...where(), length: input.length });
    return `=${formula}`;
  }
  if ("formula" in input) return `=${input.formula}`;
  // Excel reads a standard error value written as it is ("#N/A") as that error, as when it is typed.
  if ("error" in input) return input.error;
  return fileDateSerial(input.date, date1904);
}

/** Whether a formula names another sheet (`'Hoja'!A1`) or a table (`T_DJ[Meta]`): such formulas are written only
 * once the sheets and tables they name carry their final names (Excel binds a reference when it is entered). */
export function refersElsewhere(formula: string): boolean {
  // Neither "!" nor "[" anywhere (a row's computed formulas, most formulas of a plan): nothing to look for outside
  // the texts. Measured: the two patterns below took 1.5 s of the Office host suite's 27 s, nearly all on such formulas.
  if (!formula.includes("!") && !formula.includes("[")) return false;
  const outside = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return outside.includes("!") || /[\p{L}_\\][\p{L}\p{N}_.\\]*\[/u.test(outside);
}
