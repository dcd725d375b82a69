/**
 * The one test of "this computed cell no longer holds its formula" (SPEC §3.2, §4, §5.1), shared by validation
 * (`formulaRule`: `formula.overwritten`) and the semáforo (`computeAreaRows`: the row is `con-errores`), so that the
 * two never disagree on a row. A computed cell holds its formula when it is its column's formula at its row
 * (`rowFormulas`), compared exactly with the column's form first (`rowFormulaForms`), then without "=", spaces or
 * case (`normaliseFormula`); a value, a deleted formula or another formula (one row off, say) fails. A formula a
 * reader holds as its column's `RowFormulaText` is compared once per text: the same parts at the row it was read at
 * are the expected formula, without building either.
 */
import { AreaSheet, excelRow } from "../plan/AreaSheet";
import { Cell, ROW_FORMULA } from "../workbook/CellValue";
import { COMPUTED_COLUMNS, rowFormulaColumns } from "../workbook/rowFormulas";
import { RowFormulaText } from "../workbook/RowFormulaText";
import { normaliseFormula } from "./normaliseFormula";
import { ComputedKey, RowFormulaForm, rowFormulaForms } from "./rowFormulaForms";

const COMPUTED_KEYS = Object.keys(COMPUTED_COLUMNS) as ComputedKey[];

export class OverwrittenFormulaTest {
  /** 0-based table positions of the computed columns the table has, in `COMPUTED_COLUMNS` order. */
  readonly columns: readonly number[];
  private readonly forms: readonly RowFormulaForm[];
  /** Per column, the last reader's text found to be the column's form. */
  private readonly same: (RowFormulaText | null)[];
  /** Excel row of data row 0. */
  private readonly firstRow: number;

  constructor(columns: number[], forms: RowFormulaForm[], firstRow: number) {
    this.columns = columns;
    this.forms = forms;
    this.same = forms.map(() => null);
    this.firstRow = firstRow;
  }

  /** The computed cell at `columns[at]` of data row `rowIndex` (its cells `row`) no longer holds its formula. */
  overwritten(row: readonly Cell[], rowIndex: number, at: number): boolean {
    const excel = this.firstRow + rowIndex;
    const cell = row[this.columns[at]];
    const form = this.forms[at];
    const mark = cell?.[ROW_FORMULA];
    if (mark !== undefined && mark.row === excel) {
      if (mark.text === this.same[at]) return false;
      if (form.sameAs(mark.text)) {
        this.same[at] = mark.text;
        return false;
      }
    }
    const found = cell?.formula;
    if (found === undefined) return true;
    const rowText = String(excel);
    return !(
      form.matches(found, rowText) || normaliseFormula(found) === normaliseFormula(form.at(rowText))
    );
  }

  /** Some computed cell of data row `rowIndex` no longer holds its formula. */
  inRow(row: readonly Cell[], rowIndex: number): boolean {
    for (let at = 0; at < this.columns.length; at++)
      if (this.overwritten(row, rowIndex, at)) return true;
    return false;
  }

  /** The formula that belongs in the computed cell at `columns[at]` of data row `rowIndex`. */
  expected(rowIndex: number, at: number): string {
    return this.forms[at].at(String(this.firstRow + rowIndex));
  }
}

/**
 * The test for an area table's computed cells, prepared once per table; null when the table lacks an input of their
 * formulas (then there is no formula to compare with).
 */
export function overwrittenFormulaTest(
  sheet: AreaSheet,
  periodLabels: string[]
): OverwrittenFormulaTest | null {
  const formulaColumns = rowFormulaColumns(
    sheet.table.headers,
    periodLabels,
    sheet.table.firstColumn
  );
  if (!formulaColumns) return null;
  const forms = rowFormulaForms(formulaColumns);
  const columns: number[] = [];
  const present: RowFormulaForm[] = [];
  for (const key of COMPUTED_KEYS) {
    const column = sheet.columns.get(COMPUTED_COLUMNS[key]);
    if (column === undefined) continue;
    columns.push(column);
    present.push(forms[key]);
  }
  return new OverwrittenFormulaTest(columns, present, excelRow(sheet, 0));
}
