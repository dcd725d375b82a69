import { rowFormulaForms } from "../../../src/core/validation/rowFormulaForms";
import { RowFormulaColumns, rowFormulas } from "../../../src/core/workbook/rowFormulas";

/** Unit in H, direction in I, programmed L:O, executed P:S, computed AB:AD (the default layout's letters). */
const COLUMNS: RowFormulaColumns = {
  unit: 8,
  direction: 9,
  firstProgrammed: 12,
  firstExecuted: 16,
  periodCount: 4,
  programmedToDate: 28,
  executedToDate: 29,
  compliance: 30,
};

describe("rowFormulaForms", () => {
  const forms = rowFormulaForms(COLUMNS);
  const keys = ["programmedToDate", "executedToDate", "compliance", "semaphore"] as const;

  it("gives each row the formula rowFormulas gives it", () => {
    for (const row of [8, 9, 99, 1000, 1048576])
      for (const key of keys)
        expect(forms[key].at(String(row))).toBe(rowFormulas(COLUMNS, row)[key]);
    expect(forms.programmedToDate.at("12")).toBe(
      `IF(H12="Porcentaje",N(INDEX(L12:O12,1,CorteIndice)),SUM(L12:INDEX(L12:O12,1,CorteIndice)))`
    );
  });

  it("matches a row's own formula exactly, and nothing else", () => {
    const own = rowFormulas(COLUMNS, 12).programmedToDate;
    expect(forms.programmedToDate.matches(own, "12")).toBe(true);
    expect(forms.programmedToDate.matches(own, "13")).toBe(false); // another row's formula
    expect(forms.programmedToDate.matches(own, "1")).toBe(false);
    expect(forms.programmedToDate.matches(own.replace("L12:O12", "L12:N12"), "12")).toBe(false);
    expect(forms.programmedToDate.matches(own.replace("H12=", "H13="), "12")).toBe(false);
    // Same length, the row number changed in one place only: still not the row's formula.
    expect(forms.programmedToDate.matches(own.replace("SUM(L12", "SUM(L21"), "12")).toBe(false);
    expect(forms.programmedToDate.matches(own.toLowerCase(), "12")).toBe(false); // left to normaliseFormula
    expect(forms.compliance.matches(own, "12")).toBe(false);
    expect(forms.semaphore.matches(rowFormulas(COLUMNS, 12).semaphore, "12")).toBe(true);
  });
});
