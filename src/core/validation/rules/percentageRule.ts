/** Percentage columns (`Ponderación`, the template's percentage columns) hold fractions up to 100 % (SPEC §3.3). */
import { cellIssue } from "../cellIssue";
import { cellNumber } from "../cellNumber";
import { flatMapFilledRows } from "../flatMapFilledRows";
import { percentOf } from "../percentOf";
import { rowCell } from "../rowCell";
import { Rule } from "../Rule";

export const percentageRule: Rule = {
  codes: ["percentage.aboveOne"],
  check(context) {
    return flatMapFilledRows(context, (area, rowIndex) =>
      area.columns
        .filter((column) => column.type === "percentage")
        .flatMap((column) => {
          const value = cellNumber(rowCell(area, rowIndex, column.index));
          return value !== null && value > 1
            ? [
                cellIssue(area, rowIndex, column.index, "percentage.aboveOne", "error", {
                  params: { percent: percentOf(value) },
                }),
              ]
            : [];
        })
    );
  },
};
