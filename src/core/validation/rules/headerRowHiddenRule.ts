/**
 * Structure: an area table whose header row is hidden (Excel's Table Design › Header Row unchecked,
 * `TableSnapshot.headerRowHidden`). Its columns are still read by the names the table keeps, so every check and
 * figure stands; but the sheet shows neither the column names nor their filter buttons, and a user filling the tab
 * cannot see which column is which. A warning, then, naming the table and how to show the row again; `import` and
 * `upgrade`, which rebuild the tab, bring the header row back.
 */
import { cellAddress } from "../../workbook/address";
import { Rule } from "../Rule";
import { workbookIssue } from "../workbookIssue";

export const headerRowHiddenRule: Rule = {
  codes: ["table.headerRowHidden"],
  check({ areas }) {
    return areas.flatMap(({ sheet }) => {
      const { table } = sheet;
      if (!table.headerRowHidden) return [];
      // The first data row: the row above is not the table's, and holds no header cell.
      const row = table.headerRow + 1;
      return [
        workbookIssue("table.headerRowHidden", "warning", {
          sheet: table.sheet,
          area: sheet.code,
          row,
          cell: cellAddress(row, table.firstColumn),
          params: { table: table.name },
        }),
      ];
    });
  },
};
