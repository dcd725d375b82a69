/**
 * Number, currency and percentage cells must hold numbers (SPEC §3.3, §4). A number typed or pasted as text
 * ("0,8", "80%", "1.000", "$ 1.200.000") is offered as an automatic fix when it reads one way only; anything else
 * (words, TRUE/FALSE, a date) is not a number at all.
 */
import { parseNumberText } from "../../fixes/parseNumberText";
import { NumberKind } from "../../fixes/NumberTextResult";
import { ColumnType } from "../../workbook/areaColumns";
import { cellEdit, cellIssue } from "../cellIssue";
import { flatMapFilledRows } from "../flatMapFilledRows";
import { Issue } from "../Issue";
import { rowCell } from "../rowCell";
import { Rule } from "../Rule";

export const NUMERIC_TYPES: readonly ColumnType[] = ["number", "currency", "percentage"];

const kindOf = (type: ColumnType): NumberKind =>
  type === "currency" ? "currency" : type === "percentage" ? "percentage" : "number";

export const numberTypeRule: Rule = {
  codes: ["number.asText", "number.invalid"],
  check(context) {
    return flatMapFilledRows(context, (area, rowIndex) =>
      area.columns
        .filter((column) => NUMERIC_TYPES.includes(column.type))
        .flatMap((column): Issue[] => {
          const cell = rowCell(area, rowIndex, column.index);
          if (cell.kind === "boolean" || cell.kind === "date")
            return [cellIssue(area, rowIndex, column.index, "number.invalid", "error")];
          if (cell.kind !== "text" || cell.value.trim() === "") return [];
          const parsed = parseNumberText(cell.value, kindOf(column.type));
          if (parsed.ok) {
            const fix = cell.formula
              ? undefined
              : cellEdit(area, rowIndex, column.index, parsed.value);
            return [
              cellIssue(area, rowIndex, column.index, "number.asText", "error", {
                params: { fixed: parsed.value },
                fix,
              }),
            ];
          }
          switch (parsed.reason) {
            case "ambiguous":
              return [
                cellIssue(area, rowIndex, column.index, "number.asText", "error", {
                  params: {
                    variant: "ambiguous",
                    first: parsed.readings[0],
                    second: parsed.readings[1],
                  },
                }),
              ];
            case "implausible":
              return [
                cellIssue(area, rowIndex, column.index, "number.asText", "error", {
                  params: { variant: "implausible", reading: parsed.reading },
                }),
              ];
            case "notANumber":
              return [cellIssue(area, rowIndex, column.index, "number.invalid", "error")];
          }
        })
    );
  },
};
