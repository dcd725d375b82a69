/**
 * List cells hold a value of the template's list (SPEC §3.3), written exactly: the semáforo formulas compare
 * `Unidad de medida` and `Sentido` as text, where a stray space changes the result. A value that differs only in
 * case, accents or spacing gets the canonical value as its automatic fix.
 */
import { cellEdit, cellIssue } from "../cellIssue";
import { flatMapFilledRows } from "../flatMapFilledRows";
import { Issue } from "../Issue";
import { isMissing } from "../../workbook/CellValue";
import { matchListValue } from "../matchListValue";
import { rowCell } from "../rowCell";
import { Rule } from "../Rule";

export const listRule: Rule = {
  codes: ["list.outside"],
  check(context) {
    return flatMapFilledRows(context, (area, rowIndex) =>
      area.columns
        .filter((column) => column.type === "list" && column.list !== undefined)
        .flatMap((column): Issue[] => {
          const values = area.template.lists[column.list as string] ?? [];
          const cell = rowCell(area, rowIndex, column.index);
          if (isMissing(cell) || cell.kind === "error") return [];
          const allowed = values.join(", ");
          if (cell.kind !== "text")
            return [
              cellIssue(area, rowIndex, column.index, "list.outside", "error", {
                params: { allowed },
              }),
            ];
          const match = matchListValue(cell.value, values);
          if (match.kind === "exact") return [];
          if (match.kind === "none")
            return [
              cellIssue(area, rowIndex, column.index, "list.outside", "error", {
                params: { allowed },
              }),
            ];
          return [
            cellIssue(area, rowIndex, column.index, "list.outside", "error", {
              params: { variant: "canonical", canonical: match.value, allowed },
              fix: cell.formula ? undefined : cellEdit(area, rowIndex, column.index, match.value),
            }),
          ];
        })
    );
  },
};
