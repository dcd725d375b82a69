/**
 * Structure: cells filled right below an area's table, within its columns (`TableSnapshot.filledBelow`), are typed
 * work outside the table — a row typed under it when the table did not grow (LibreOffice never grows it; Excel does
 * not for a pasted row, below a blank row, or with AutoCorrect's "include new rows" off). No rule, figure, `Resumen`
 * or consolidation reads them, so they are an error naming the rows, until the table is widened over them or they are
 * moved into it. No automatic fix: the new rows would need the computed columns' formulas, IDs and validation.
 */
import { cellAddress } from "../../workbook/address";
import { rectAddress } from "../../workbook/rectsAround";
import { Rule } from "../Rule";
import { workbookIssue } from "../workbookIssue";

export const tableRowsBelowRule: Rule = {
  codes: ["table.rowsBelow"],
  check({ areas }) {
    return areas.flatMap(({ sheet }) => {
      const { table } = sheet;
      const below = table.filledBelow;
      if (!below) return [];
      return [
        workbookIssue("table.rowsBelow", "error", {
          sheet: table.sheet,
          area: sheet.code,
          row: below.top,
          cell: cellAddress(below.top, below.left),
          params: {
            table: table.name,
            // Row numbers as Excel shows them, never with a thousands separator.
            first: String(below.top),
            last: String(below.bottom),
            range: rectAddress(below),
            ...(below.top === below.bottom ? { variant: "oneRow" } : {}),
          },
        }),
      ];
    });
  },
};
