import { formulaRule } from "../../../../src/core/validation/rules/formulaRule";
import {
  RowFormulaColumns,
  rowFormulaColumns,
  rowFormulas,
} from "../../../../src/core/workbook/rowFormulas";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";
import { tableOf } from "../tableEdits";

const positions = (headers: string[], firstColumn = 1): RowFormulaColumns => {
  const columns = rowFormulaColumns(headers, ["T1", "T2", "T3", "T4"], firstColumn);
  if (!columns) throw new Error("no formula columns");
  return columns;
};

describe("formulaRule", () => {
  it("accepts the generated formulas, and the same formulas written with '=', spaces or lower case", () => {
    const snapshot = cleanSnapshot();
    expect(runRule(formulaRule, snapshot)).toEqual([]);
    const cell = tableOf(snapshot, "DJ").rows[0][29];
    cell.formula = `= ${cell.formula?.toLowerCase().replace(/,/g, ", ")}`;
    expect(runRule(formulaRule, snapshot)).toEqual([]);
  });

  it("reports a computed cell typed over, with the fix that restores its formula", () => {
    const snapshot = cleanSnapshot({ DJ: { 0: { "% Cumplimiento": 0.85 } } });
    const table = tableOf(snapshot, "DJ");
    const expected = rowFormulas(positions(table.headers), 8).compliance;
    expect(runRule(formulaRule, snapshot)).toEqual([
      expect.objectContaining({
        code: "formula.overwritten",
        cell: "AD8",
        column: "% Cumplimiento",
        value: 0.85,
        fix: { sheet: "3.1 Dirección Jurídica", cell: "AD8", value: { formula: expected } },
      }),
    ]);
  });

  it("reports a formula that was deleted or replaced by another formula", () => {
    const snapshot = cleanSnapshot({
      SGR: { 0: { Semáforo: null, "Programado a la fecha": { formula: "SUM(L8:M8)" } } },
    });
    expect(runRule(formulaRule, snapshot).map((issue) => [issue.cell, issue.params.found])).toEqual(
      [
        ["AB8", "SUM(L8:M8)"],
        ["AE8", ""],
      ]
    );
  });

  it("builds the fix for the table's own column positions (a moved table)", () => {
    const snapshot = cleanSnapshot({ DJ: { 0: { "Ejecutado a la fecha": 2 } } });
    const table = tableOf(snapshot, "DJ");
    table.firstColumn = 2;
    table.headerRow = 9;
    const [issue] = runRule(formulaRule, snapshot).filter(
      (candidate) => candidate.column === "Ejecutado a la fecha"
    );
    expect(issue.cell).toBe("AD10");
    expect(issue.fix?.value).toEqual({
      formula: rowFormulas(positions(table.headers, 2), 10).executedToDate,
    });
  });
});
