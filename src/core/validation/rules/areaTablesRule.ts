/** Structure: every template area has its table `T_<CODE>`, and every `T_<CODE>` table is a template area. */
import { areasInOrder } from "../../template/Template";
import { cellAddress } from "../../workbook/address";
import { tableName } from "../../workbook/sheetNames";
import { Issue } from "../Issue";
import { Rule } from "../Rule";
import { workbookIssue } from "../workbookIssue";

export const areaTablesRule: Rule = {
  codes: ["structure.missingAreaTable", "structure.unknownAreaTable"],
  check({ plan }) {
    if (!plan.template) return [];
    const found = new Set(plan.areas.map((sheet) => sheet.code));
    const missing = areasInOrder(plan.template)
      .filter(({ area }) => !found.has(area.code.toUpperCase()))
      .map(({ area }) =>
        workbookIssue("structure.missingAreaTable", "error", {
          area: area.code,
          params: { table: tableName(area.code), name: area.name },
        })
      );
    const unknown = plan.areas
      .filter((sheet) => !sheet.area)
      .map((sheet): Issue => {
        // The table's first row: its header row, or its first data row when the header row is hidden.
        const row = sheet.table.headerRow + (sheet.table.headerRowHidden ? 1 : 0);
        return workbookIssue("structure.unknownAreaTable", "error", {
          sheet: sheet.table.sheet,
          area: sheet.code,
          row,
          cell: cellAddress(row, sheet.table.firstColumn),
          value: sheet.table.name,
          params: { table: sheet.table.name },
        });
      });
    return [...missing, ...unknown];
  },
};
