/**
 * Date cells must hold dates (SPEC §3.3, §4). A date typed or pasted as text ("15/03/2021", "2021-03-15") is
 * offered as an automatic fix; "03/15/2021" (month 15) and two-digit years are explained, not guessed.
 * A plain number is a date serial to Excel and is accepted here (its year is checked by `dateYearRule`).
 */
import { parseDateText } from "../../fixes/parseDateText";
import { Cell } from "../../workbook/CellValue";
import { AreaContext } from "../AreaContext";
import { cellEdit, cellIssue } from "../cellIssue";
import { formatDateSerial } from "../formatDateSerial";
import { Issue } from "../Issue";
import { rowRule } from "../rowRule";

/** The issue of a date cell holding text, or null when the text is blank. */
function textIssue(
  area: AreaContext,
  rowIndex: number,
  column: number,
  cell: Cell & { kind: "text" }
): Issue | null {
  if (cell.value.trim() === "") return null;
  const year = String(area.config.year);
  const parsed = parseDateText(cell.value, area.config.year);
  const issue = (params: Record<string, string | number>, fix?: ReturnType<typeof cellEdit>) =>
    cellIssue(area, rowIndex, column, "date.asText", "error", {
      params: { year, ...params },
      fix,
    });
  if (parsed.ok)
    return issue(
      { fixed: formatDateSerial(parsed.value) },
      cell.formula ? undefined : cellEdit(area, rowIndex, column, { date: parsed.value })
    );
  switch (parsed.reason) {
    case "ambiguous":
      return issue({ variant: "ambiguous" });
    case "monthOutOfRange":
      return issue({ variant: "monthOutOfRange", month: String(parsed.month) });
    case "invalidDate":
      return issue({ variant: "invalidDate" });
    case "notADate":
      return cellIssue(area, rowIndex, column, "date.invalid", "error", { params: { year } });
  }
}

export const dateTypeRule = rowRule({
  codes: ["date.asText", "date.invalid"],
  rows: () => (area) => {
    const dates = area.columns.filter((column) => column.type === "date");
    return (row, rowIndex, issues) => {
      for (let at = 0; at < dates.length; at++) {
        const { index } = dates[at];
        const cell = row[index];
        if (cell === undefined) continue;
        if (cell.kind === "boolean")
          issues.push(
            cellIssue(area, rowIndex, index, "date.invalid", "error", {
              params: { year: String(area.config.year) },
            })
          );
        else if (cell.kind === "text") {
          const issue = textIssue(area, rowIndex, index, cell);
          if (issue) issues.push(issue);
        }
      }
    };
  },
});
