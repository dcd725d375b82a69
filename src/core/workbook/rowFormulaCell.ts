/**
 * A formula cell whose text is its column's `RowFormulaText` at the cell's row: `formula` is an enumerable getter
 * that builds the text when read (so the cell prints, compares and copies as any other), while the row's text is
 * not held. Validation reads `ROW_FORMULA` instead, and compares the column's text once.
 */
import { Cell, CellValue, ROW_FORMULA, RowFormulaMark } from "./CellValue";

function formulaText(this: Cell): string {
  const mark = this[ROW_FORMULA] as RowFormulaMark;
  return mark.text.at(mark.row);
}

const FORMULA: PropertyDescriptor = { get: formulaText, enumerable: true, configurable: false };

export function rowFormulaCell(value: CellValue, mark: RowFormulaMark): Cell {
  const cell: CellValue = { ...value };
  Object.defineProperty(cell, ROW_FORMULA, { value: mark });
  Object.defineProperty(cell, "formula", FORMULA);
  return cell;
}
