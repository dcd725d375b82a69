/**
 * Number, currency and percentage cells must hold numbers (SPEC §3.3, §4). A number typed or pasted as text
 * ("0,8", "80%", "1.000", "$ 1.200.000") is offered as an automatic fix when it reads one way only; anything else
 * (words, TRUE/FALSE, a date) is not a number at all.
 */
import { parseNumberText } from "../../fixes/parseNumberText";
import { NumberKind } from "../../fixes/NumberTextResult";
import { ColumnType } from "../../workbook/areaColumns";
import { Cell } from "../../workbook/CellValue";
import { AreaContext, PresentColumn } from "../AreaContext";
import { cellEdit, cellIssue } from "../cellIssue";
import { Issue } from "../Issue";
import { rowRule } from "../rowRule";

export const NUMERIC_TYPES: readonly ColumnType[] = ["number", "currency", "percentage"];

const kindOf = (type: ColumnType): NumberKind =>
  type === "currency" ? "currency" : type === "percentage" ? "percentage" : "number";

/** The issue of a numeric cell holding text, or null when the text is blank. */
function textIssue(
  area: AreaContext,
  rowIndex: number,
  column: PresentColumn,
  cell: Cell & { kind: "text" }
): Issue | null {
  if (cell.value.trim() === "") return null;
  const parsed = parseNumberText(cell.value, kindOf(column.type));
  if (parsed.ok) {
    const fix = cell.formula ? undefined : cellEdit(area, rowIndex, column.index, parsed.value);
    return cellIssue(area, rowIndex, column.index, "number.asText", "error", {
      params: { fixed: parsed.value },
      fix,
    });
  }
  switch (parsed.reason) {
    case "ambiguous":
      return cellIssue(area, rowIndex, column.index, "number.asText", "error", {
        params: { variant: "ambiguous", first: parsed.readings[0], second: parsed.readings[1] },
      });
    case "implausible":
      return cellIssue(area, rowIndex, column.index, "number.asText", "error", {
        params: { variant: "implausible", reading: parsed.reading },
      });
    case "notANumber":
      return cellIssue(area, rowIndex, column.index, "number.invalid", "error");
  }
}

export const numberTypeRule = rowRule({
  codes: ["number.asText", "number.invalid"],
  rows: () => (area) => {
    const numeric = area.columns.filter((column) => NUMERIC_TYPES.includes(column.type));
    return (row, rowIndex, issues) => {
      for (let at = 0; at < numeric.length; at++) {
        const column = numeric[at];
        const cell = row[column.index];
        if (cell === undefined) continue;
        if (cell.kind === "boolean" || cell.kind === "date")
          issues.push(cellIssue(area, rowIndex, column.index, "number.invalid", "error"));
        else if (cell.kind === "text") {
          const issue = textIssue(area, rowIndex, column, cell);
          if (issue) issues.push(issue);
        }
      }
    };
  },
});
