/**
 * An Excel error value (`#REF!`, `#DIV/0!`, `#N/A`, `#VALUE!`, `#NAME?`, `#NUM!`, `#NULL!`, …) in an input cell,
 * typed or as a formula's result (SPEC §4). Computed columns are `formulaRule`'s: with their formula intact, an
 * error there comes from an input reported here.
 */
import { COMPUTED_HEADERS } from "../../workbook/rowFormulas";
import { cellIssue } from "../cellIssue";
import { rowRule } from "../rowRule";

const COMPUTED = new Set<string>(COMPUTED_HEADERS);

export const errorValueRule = rowRule({
  codes: ["cell.errorValue"],
  rows: () => (area) => {
    const inputs = area.sheet.table.headers.flatMap((header, column) =>
      COMPUTED.has(header) ? [] : [column]
    );
    return (row, rowIndex, issues) => {
      for (let at = 0; at < inputs.length; at++) {
        const column = inputs[at];
        const cell = row[column];
        if (cell !== undefined && cell.kind === "error")
          issues.push(
            cellIssue(area, rowIndex, column, "cell.errorValue", "error", {
              params: { formula: cell.formula ?? "" },
            })
          );
      }
    };
  },
});
