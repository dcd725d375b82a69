/**
 * Computed columns hold their live formulas (SPEC §3.2, §4): a formula that is missing or differs from
 * `rowFormulas` (compared without "=", spaces or case) was overwritten; the fix writes it back. Each row's formula
 * is first compared exactly with its column's form (`rowFormulaForms`); only one that differs is normalised. A
 * formula a reader holds as its column's `RowFormulaText` is compared once per text: the same parts at the row it
 * was read at are the expected formula, without building either.
 */
import { excelRow } from "../../plan/AreaSheet";
import { ROW_FORMULA } from "../../workbook/CellValue";
import { COMPUTED_COLUMNS } from "../../workbook/rowFormulas";
import { RowFormulaText } from "../../workbook/RowFormulaText";
import { cellEdit, cellIssue } from "../cellIssue";
import { normaliseFormula } from "../normaliseFormula";
import { ComputedKey, rowFormulaForms } from "../rowFormulaForms";
import { rowRule } from "../rowRule";

const COMPUTED_KEYS = Object.keys(COMPUTED_COLUMNS) as ComputedKey[];

export const formulaRule = rowRule({
  codes: ["formula.overwritten"],
  rows: () => (area) => {
    if (!area.formulaColumns) return null;
    const forms = rowFormulaForms(area.formulaColumns);
    const checked = COMPUTED_KEYS.flatMap((key) => {
      const column = area.sheet.columns.get(COMPUTED_COLUMNS[key]);
      return column === undefined
        ? []
        : [{ column, form: forms[key], same: null as RowFormulaText | null }];
    });
    const firstRow = excelRow(area.sheet, 0);
    return (row, rowIndex, issues) => {
      const excel = firstRow + rowIndex;
      for (let at = 0; at < checked.length; at++) {
        const check = checked[at];
        const { column, form } = check;
        const cell = row[column];
        const mark = cell?.[ROW_FORMULA];
        if (mark !== undefined && mark.row === excel) {
          if (mark.text === check.same) continue;
          if (form.sameAs(mark.text)) {
            check.same = mark.text;
            continue;
          }
        }
        const rowText = String(excel);
        const found = cell?.formula;
        if (
          found !== undefined &&
          (form.matches(found, rowText) ||
            normaliseFormula(found) === normaliseFormula(form.at(rowText)))
        )
          continue;
        const expected = form.at(rowText);
        issues.push(
          cellIssue(area, rowIndex, column, "formula.overwritten", "error", {
            params: { expected, found: found ?? "" },
            fix: cellEdit(area, rowIndex, column, { formula: expected }),
          })
        );
      }
    };
  },
});
