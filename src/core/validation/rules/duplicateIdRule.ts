/**
 * `ID` is unique in the whole workbook (SPEC §4): compared trimmed and ignoring case, in template and row order.
 * Each occurrence after the first, in a filled row, is reported and names where the first one is.
 */
import { HEADERS } from "../../workbook/areaColumns";
import { cellAddress } from "../../workbook/address";
import { excelRow } from "../../plan/AreaSheet";
import { cellIssue } from "../cellIssue";
import { columnOf } from "../columnOf";
import { Issue } from "../Issue";
import { rowCell } from "../rowCell";
import { Rule } from "../Rule";

export const duplicateIdRule: Rule = {
  codes: ["id.duplicate"],
  check({ areas }) {
    const first = new Map<string, { sheet: string; cell: string }>();
    const issues: Issue[] = [];
    for (const area of areas) {
      const column = columnOf(area, HEADERS.id);
      if (!column) continue;
      const filled = new Set(area.filledRows);
      for (const rowIndex of area.rows) {
        const cell = rowCell(area, rowIndex, column.index);
        const id =
          cell.kind === "text"
            ? cell.value.trim()
            : cell.kind === "number"
              ? String(cell.value)
              : "";
        if (id === "") continue;
        const key = id.toUpperCase();
        const seen = first.get(key);
        if (!seen) {
          const table = area.sheet.table;
          first.set(key, {
            sheet: table.sheet,
            cell: cellAddress(excelRow(area.sheet, rowIndex), table.firstColumn + column.index),
          });
        } else if (filled.has(rowIndex)) {
          issues.push(
            cellIssue(area, rowIndex, column.index, "id.duplicate", "error", {
              params: { firstSheet: seen.sheet, firstCell: seen.cell },
            })
          );
        }
      }
    }
    return issues;
  },
};
