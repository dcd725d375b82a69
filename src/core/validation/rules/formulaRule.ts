/**
 * Computed columns hold their live formulas (SPEC §3.2, §4): a formula that is missing or differs from
 * `rowFormulas` (compared without "=", spaces or case) was overwritten; the fix writes it back.
 */
import { excelRow } from "../../plan/AreaSheet";
import { COMPUTED_COLUMNS, rowFormulas } from "../../workbook/rowFormulas";
import { cellEdit, cellIssue } from "../cellIssue";
import { flatMapFilledRows } from "../flatMapFilledRows";
import { Issue } from "../Issue";
import { normaliseFormula } from "../normaliseFormula";
import { rowCell } from "../rowCell";
import { Rule } from "../Rule";

const COMPUTED_KEYS = Object.keys(COMPUTED_COLUMNS) as (keyof typeof COMPUTED_COLUMNS)[];

export const formulaRule: Rule = {
  codes: ["formula.overwritten"],
  check(context) {
    return flatMapFilledRows(context, (area, rowIndex) => {
      if (!area.formulaColumns) return [];
      const formulas = rowFormulas(area.formulaColumns, excelRow(area.sheet, rowIndex));
      return COMPUTED_KEYS.flatMap((key): Issue[] => {
        const column = area.sheet.columns.get(COMPUTED_COLUMNS[key]);
        if (column === undefined) return [];
        const cell = rowCell(area, rowIndex, column);
        if (
          cell.formula !== undefined &&
          normaliseFormula(cell.formula) === normaliseFormula(formulas[key])
        )
          return [];
        return [
          cellIssue(area, rowIndex, column, "formula.overwritten", "error", {
            params: { expected: formulas[key], found: cell.formula ?? "" },
            fix: cellEdit(area, rowIndex, column, { formula: formulas[key] }),
          }),
        ];
      });
    });
  },
};
