/**
 * `formulaRule` over formulas a reader holds as their column's `RowFormulaText` (the package reader does): the
 * generated formulas pass without their text being built, and a text read at another row than the table's (a table
 * whose header row moved since) is checked as text, so its formulas, which refer to their old rows, are reported.
 */
import { formulaRule } from "../../../../src/core/validation/rules/formulaRule";
import { Cell, CellValue, ROW_FORMULA } from "../../../../src/core/workbook/CellValue";
import { rowFormulaCell } from "../../../../src/core/workbook/rowFormulaCell";
import { RowFormulaText } from "../../../../src/core/workbook/RowFormulaText";
import { WorkbookSnapshot } from "../../../../src/core/workbook/WorkbookSnapshot";
import { cleanSnapshot } from "../cleanSnapshot";
import { at, runRule } from "../runRule";
import { tableOf } from "../tableEdits";

/** Every formula cell of the area `code`'s table held as a text read at its row, one text per column. */
function holdAsTexts(snapshot: WorkbookSnapshot, code: string): void {
  const table = tableOf(snapshot, code);
  const texts = new Map<number, RowFormulaText>();
  table.rows.forEach((cells, index) =>
    cells.forEach((cell, column) => {
      if (cell?.formula === undefined) return;
      const row = table.headerRow + 1 + index;
      let text = texts.get(column);
      if (text === undefined || !text.is(cell.formula, String(row))) {
        text = RowFormulaText.of(cell.formula, row);
        texts.set(column, text);
      }
      const { formula: _text, ...value } = cell;
      cells[column] = rowFormulaCell(value as CellValue, { text, row });
    })
  );
}

describe("formulaRule over formulas held as their column's text", () => {
  it("accepts the generated formulas, shared down the column", () => {
    const snapshot = cleanSnapshot();
    holdAsTexts(snapshot, "DJ");
    const rows = tableOf(snapshot, "DJ").rows;
    const first: Cell = rows[0][29];
    expect(first.formula).toMatch(/^IF\(OR\(ISERROR\(AB8\),ISERROR\(AC8\)/);
    expect(rows[1][29][ROW_FORMULA]?.text).toBe(first[ROW_FORMULA]?.text);
    expect(runRule(formulaRule, snapshot)).toEqual([]);
  });

  it("checks as text a formula read at another row: a table moved down two rows has every formula reported", () => {
    const snapshot = cleanSnapshot();
    holdAsTexts(snapshot, "DJ");
    const table = tableOf(snapshot, "DJ");
    table.headerRow += 2;
    const issues = runRule(formulaRule, snapshot);
    expect(at(issues).slice(0, 4)).toEqual([
      "formula.overwritten@AB10",
      "formula.overwritten@AC10",
      "formula.overwritten@AD10",
      "formula.overwritten@AE10",
    ]);
    expect(issues[0].params.found).toMatch(/^IF\(H8="Porcentaje"/);
  });
});
