/**
 * The formulas read down each column held as `RowFormulaText`s: a row whose formula is the one above with its own
 * row number (a computed column, filled down) shares the text of the rows above, and its cell holds only that and
 * its row (`rowFormulaCell`). A formula that differs starts a new text. Exact: a cell is given a text only when the
 * text at its row is the formula read.
 */
import { Cell, CellValue } from "../../../../core/workbook/CellValue";
import { RowFormulaText } from "../../../../core/workbook/RowFormulaText";
import { rowFormulaCell } from "../../../../core/workbook/rowFormulaCell";
import { detachString } from "../xml/detachString";

export class RowFormulaTexts {
  /** The last text read in each column (by 1-based column; any sheet: a text is reused only when it is exact). */
  private readonly byColumn: (RowFormulaText | undefined)[] = [];

  /** The cell holding `value` and the formula `formula` (not empty), read at `row`, `column`. */
  cell(value: CellValue, formula: string, row: number, column: number): Cell {
    let text = this.byColumn[column];
    if (text === undefined || !text.is(formula, String(row))) {
      text = RowFormulaText.of(detachString(formula), row);
      this.byColumn[column] = text;
    }
    return rowFormulaCell(value, { text, row });
  }
}
