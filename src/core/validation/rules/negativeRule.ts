/** No negative numbers in the plan (SPEC §4): baseline, programming, execution, weights, budget. `Meta` has its own rule. */
import { cellIssue } from "../cellIssue";
import { cellNumber } from "../cellNumber";
import { flatMapFilledRows } from "../flatMapFilledRows";
import { rowCell } from "../rowCell";
import { Rule } from "../Rule";
import { NUMERIC_TYPES } from "./numberTypeRule";

export const negativeRule: Rule = {
  codes: ["number.negative"],
  check(context) {
    return flatMapFilledRows(context, (area, rowIndex) =>
      area.columns
        .filter((column) => NUMERIC_TYPES.includes(column.type) && column.key !== "goal")
        .filter((column) => (cellNumber(rowCell(area, rowIndex, column.index)) ?? 0) < 0)
        .map((column) => cellIssue(area, rowIndex, column.index, "number.negative", "error"))
    );
  },
};
