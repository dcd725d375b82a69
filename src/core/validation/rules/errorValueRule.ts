/**
 * An Excel error value (`#REF!`, `#DIV/0!`, `#N/A`, `#VALUE!`, `#NAME?`, `#NUM!`, `#NULL!`, …) in an input cell,
 * typed or as a formula's result (SPEC §4). Computed columns are `formulaRule`'s: with their formula intact, an
 * error there comes from an input reported here.
 */
import { COMPUTED_HEADERS } from "../../workbook/rowFormulas";
import { cellIssue } from "../cellIssue";
import { flatMapFilledRows } from "../flatMapFilledRows";
import { Issue } from "../Issue";
import { rowCell } from "../rowCell";
import { Rule } from "../Rule";

const COMPUTED = new Set<string>(COMPUTED_HEADERS);

export const errorValueRule: Rule = {
  codes: ["cell.errorValue"],
  check(context) {
    return flatMapFilledRows(context, (area, rowIndex) =>
      area.sheet.table.headers.flatMap((header, column): Issue[] => {
        if (COMPUTED.has(header)) return [];
        const cell = rowCell(area, rowIndex, column);
        return cell.kind === "error"
          ? [
              cellIssue(area, rowIndex, column, "cell.errorValue", "error", {
                params: { formula: cell.formula ?? "" },
              }),
            ]
          : [];
      })
    );
  },
};
