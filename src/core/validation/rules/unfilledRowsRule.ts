/**
 * A freshly generated area has not been filled (SPEC §4): one issue per area with the count of rows that still
 * hold only the generated defaults, pointing at the first one's `Actividad`. Those rows get no other issue.
 */
import { HEADERS } from "../../workbook/areaColumns";
import { cellIssue } from "../cellIssue";
import { Rule } from "../Rule";

export const unfilledRowsRule: Rule = {
  codes: ["area.unfilledRows"],
  check({ areas }) {
    return areas.flatMap((area) => {
      if (area.unfilledRows.length === 0) return [];
      const all = area.filledRows.length === 0;
      const column = area.sheet.columns.get(HEADERS.activity) ?? 0;
      return [
        cellIssue(area, area.unfilledRows[0], column, "area.unfilledRows", "error", {
          value: area.unfilledRows.length,
          params: {
            count: area.unfilledRows.length,
            total: area.rows.length,
            ...(all ? { variant: "all" } : {}),
          },
        }),
      ];
    });
  },
};
