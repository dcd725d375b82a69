/**
 * An input cell whose value the core cannot use (SPEC §4, §5.1): an Excel error value (`#REF!`, `#DIV/0!`, `#N/A`,
 * `#VALUE!`, `#NAME?`, `#NUM!`, `#NULL!`, …), typed or as a formula's result, or a formula the file holds without its
 * result (`isUncalculated`: written by openpyxl, ExcelJS or a script, never calculated), whose value nobody can know
 * without a formula engine. Computed columns are `formulaRule`'s: with their formula intact, an error there comes
 * from an input reported here, and their own values are never read.
 *
 * Both in one pass over the row's input cells, the one loop validation's time can afford for them.
 */
import { EMPTY, hasFormula } from "../../workbook/CellValue";
import { inputColumns } from "../../workbook/inputColumns";
import { cellIssue } from "../cellIssue";
import { rowRule } from "../rowRule";

export const errorValueRule = rowRule({
  codes: ["cell.errorValue", "cell.uncalculated"],
  rows: () => (area) => {
    const inputs = inputColumns(area.sheet.table.headers);
    return (row, rowIndex, issues) => {
      for (let at = 0; at < inputs.length; at++) {
        const column = inputs[at];
        const cell = row[column];
        if (cell === undefined || cell === EMPTY) continue;
        const kind = cell.kind;
        if (kind === "error")
          issues.push(
            cellIssue(area, rowIndex, column, "cell.errorValue", "error", {
              params: { formula: cell.formula ?? "" },
            })
          );
        // `isUncalculated`, with the EMPTY test already made.
        else if (kind === "empty" && hasFormula(cell))
          issues.push(
            cellIssue(area, rowIndex, column, "cell.uncalculated", "error", {
              value: `=${cell.formula ?? ""}`,
            })
          );
      }
    };
  },
});
