/**
 * Date cells must hold dates (SPEC §3.3, §4). A date typed or pasted as text ("15/03/2021", "2021-03-15") is
 * offered as an automatic fix; "03/15/2021" (month 15) and two-digit years are explained, not guessed.
 * A plain number is a date serial to Excel and is accepted here (its year is checked by `dateYearRule`).
 */
import { parseDateText } from "../../fixes/parseDateText";
import { cellEdit, cellIssue } from "../cellIssue";
import { flatMapFilledRows } from "../flatMapFilledRows";
import { formatDateSerial } from "../formatDateSerial";
import { Issue } from "../Issue";
import { rowCell } from "../rowCell";
import { Rule } from "../Rule";

export const dateTypeRule: Rule = {
  codes: ["date.asText", "date.invalid"],
  check(context) {
    return flatMapFilledRows(context, (area, rowIndex) =>
      area.columns
        .filter((column) => column.type === "date")
        .flatMap((column): Issue[] => {
          const year = String(area.config.year);
          const cell = rowCell(area, rowIndex, column.index);
          if (cell.kind === "boolean")
            return [
              cellIssue(area, rowIndex, column.index, "date.invalid", "error", {
                params: { year },
              }),
            ];
          if (cell.kind !== "text" || cell.value.trim() === "") return [];
          const parsed = parseDateText(cell.value, area.config.year);
          const issue = (
            params: Record<string, string | number>,
            fix?: ReturnType<typeof cellEdit>
          ): Issue[] => [
            cellIssue(area, rowIndex, column.index, "date.asText", "error", {
              params: { year, ...params },
              fix,
            }),
          ];
          if (parsed.ok)
            return issue(
              { fixed: formatDateSerial(parsed.value) },
              cell.formula
                ? undefined
                : cellEdit(area, rowIndex, column.index, { date: parsed.value })
            );
          switch (parsed.reason) {
            case "ambiguous":
              return issue({ variant: "ambiguous" });
            case "monthOutOfRange":
              return issue({ variant: "monthOutOfRange", month: String(parsed.month) });
            case "invalidDate":
              return issue({ variant: "invalidDate" });
            case "notADate":
              return [
                cellIssue(area, rowIndex, column.index, "date.invalid", "error", {
                  params: { year },
                }),
              ];
          }
        })
    );
  },
};
