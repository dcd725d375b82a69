/**
 * `ID` is unique in the whole workbook (SPEC §4): compared as `idKey` says (trimmed, ignoring case, invisible
 * characters and the kind of dash), in template and row order.
 * Each occurrence after the first, in a filled row, is reported and names where the first one is.
 */
import { HEADERS } from "../../workbook/areaColumns";
import { cellAddress } from "../../workbook/address";
import { LAST_ROW } from "../../workbook/sheetLimits";
import { excelRow } from "../../plan/AreaSheet";
import { AreaContext } from "../AreaContext";
import { cellIssue } from "../cellIssue";
import { columnOf } from "../columnOf";
import { FirstOccurrences } from "../FirstOccurrences";
import { idKey } from "../idKey";
import { rowRule } from "../rowRule";

/** Where a first occurrence is kept as one number, its area's position and row index, so no row builds an object. */
const ROWS_PER_AREA = LAST_ROW;

export const duplicateIdRule = rowRule({
  codes: ["id.duplicate"],
  everyRow: true,
  rows: (context) => {
    const areas: AreaContext[] = [];
    // At most one ID per row with anything typed, which is every row the check sees.
    const first = new FirstOccurrences(
      context.areas.reduce((count, area) => count + area.rows.length, 0)
    );
    const firstCell = (where: number): { sheet: string; cell: string } => {
      const area = areas[Math.floor(where / ROWS_PER_AREA)];
      const table = area.sheet.table;
      const column = columnOf(area, HEADERS.id)?.index ?? 0;
      return {
        sheet: table.sheet,
        cell: cellAddress(excelRow(area.sheet, where % ROWS_PER_AREA), table.firstColumn + column),
      };
    };
    return (area) => {
      const column = columnOf(area, HEADERS.id);
      if (!column) return null;
      const position = areas.push(area) - 1;
      return (row, rowIndex, issues, filled) => {
        const cell = row[column.index];
        const key =
          cell === undefined
            ? ""
            : cell.kind === "text"
              ? idKey(cell.value)
              : cell.kind === "number"
                ? idKey(String(cell.value))
                : "";
        if (key === "") return;
        const seen = first.firstOrAdd(key, position * ROWS_PER_AREA + rowIndex);
        if (seen >= 0 && filled) {
          const { sheet, cell: address } = firstCell(seen);
          issues.push(
            cellIssue(area, rowIndex, column.index, "id.duplicate", "error", {
              params: { firstSheet: sheet, firstCell: address },
            })
          );
        }
      };
    };
  },
});
