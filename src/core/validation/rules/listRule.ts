/**
 * List cells hold a value of the template's list (SPEC §3.3), written exactly: the semáforo formulas compare
 * `Unidad de medida` and `Sentido` as text, where a stray space changes the result. A value that differs only in
 * case, accents or spacing gets the canonical value as its automatic fix.
 */
import { cellEdit, cellIssue } from "../cellIssue";
import { isMissing } from "../../workbook/CellValue";
import { matchListValue } from "../matchListValue";
import { rowRule } from "../rowRule";

export const listRule = rowRule({
  codes: ["list.outside"],
  rows: () => (area) => {
    const lists = area.columns
      .filter((column) => column.type === "list" && column.list !== undefined)
      .map((column) => {
        const values = area.template.lists[column.list as string] ?? [];
        return { index: column.index, values, allowed: values.join(", ") };
      });
    return (row, rowIndex, issues) => {
      for (let at = 0; at < lists.length; at++) {
        const { index, values, allowed } = lists[at];
        const cell = row[index];
        if (cell === undefined || isMissing(cell) || cell.kind === "error") continue;
        if (cell.kind !== "text") {
          issues.push(
            cellIssue(area, rowIndex, index, "list.outside", "error", { params: { allowed } })
          );
          continue;
        }
        if (values.includes(cell.value)) continue; // exact: the common case, without building a match
        const match = matchListValue(cell.value, values);
        if (match.kind === "exact") continue;
        issues.push(
          match.kind === "none"
            ? cellIssue(area, rowIndex, index, "list.outside", "error", { params: { allowed } })
            : cellIssue(area, rowIndex, index, "list.outside", "error", {
                params: { variant: "canonical", canonical: match.value, allowed },
                fix: cell.formula ? undefined : cellEdit(area, rowIndex, index, match.value),
              })
        );
      }
    };
  },
});
