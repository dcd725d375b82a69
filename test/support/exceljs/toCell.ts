/**
 * ExcelJS cell → core `Cell`: types as Excel stores them; formulas keep their cached result, except a formula made
 * only of string literals (`="=HYPERLINK(""x"")"`, how the Office host writes user text Excel would evaluate), which
 * is the plain text it evaluates to (`textOfLiteralFormula`, src/core/workbook/textLiteral.ts).
 */
import ExcelJS from "exceljs";
import { Cell, CellValue } from "../../../src/core/workbook/CellValue";
import { serialFromUtcMillis } from "../../../src/core/workbook/dateSerial";
import { textOfLiteralFormula } from "../../../src/core/workbook/textLiteral";

type ExcelValue = ExcelJS.CellValue | undefined;

function plainValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "string") return value === "" ? { kind: "empty" } : { kind: "text", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) return { kind: "date", serial: serialFromUtcMillis(value.getTime()) };
  if ("error" in value) return { kind: "error", code: String(value.error) };
  if ("richText" in value)
    return { kind: "text", value: value.richText.map((run) => run.text).join("") };
  if ("text" in value && typeof value.text === "string") return { kind: "text", value: value.text };
  return { kind: "empty" };
}

export function toCell(cell: ExcelJS.Cell): Cell {
  if (cell.isMerged && cell.master !== cell) return { kind: "empty" };
  const value = cell.value as ExcelValue;
  if (
    value !== null &&
    typeof value === "object" &&
    !(value instanceof Date) &&
    ("formula" in value || "sharedFormula" in value)
  ) {
    const formula = "formula" in value && value.formula ? value.formula : cell.formula;
    const literal = formula ? textOfLiteralFormula(formula) : null;
    if (literal !== null)
      return literal === "" ? { kind: "empty" } : { kind: "text", value: literal };
    // `cell.value` drops falsy results (0, FALSE, ""); `cell.result` keeps them.
    return { ...plainValue(cell.result as ExcelValue), formula: formula ?? "" };
  }
  return plainValue(value);
}
