/**
 * Where the cells of an area tab are after an upgrade rebuilt it (SPEC §2 "Template evolution"), for references
 * into it to follow them the way Excel's follow inserted columns: a cell of the old table is now in the rebuilt
 * table's column of the same header (new columns of the template, the computed ones and users' own columns at the
 * end moved right), on the same data row (rows keep their order, `carryAreaTable`; new objectives only take rows
 * after them). Everything outside the table (the title block, cells users put around it: `carryOutsideCells`)
 * kept its address. A column of the old table that the rebuilt one does not have (a blank or repeated header) is
 * lost.
 *
 * A reference's column moves when its rows reach the table (`AD:AD`, `AD8`, `AD8:AD20`), its row when its columns
 * do, so a range around the table (`A1:AZ100`) keeps its ends where they were.
 */
import { parseCellAddress } from "../workbook/address";
import { TablePatch } from "../workbook/WorkbookPatch";
import { TableSnapshot } from "../workbook/WorkbookSnapshot";
import { MoveReference, ReferenceRect } from "../formula/moveReferences";

export type TabMove = (
  rect: ReferenceRect,
  shape: Parameters<MoveReference>[2]
) => ReferenceRect | undefined | "lost";

export function rebuiltTabMove(oldTable: TableSnapshot, rebuilt: TablePatch): TabMove {
  const { row: newHeaderRow, column: newFirstColumn } = parseCellAddress(rebuilt.topLeft);
  const top = oldTable.headerRow + (oldTable.headerRowHidden ? 1 : 0);
  const bottom = oldTable.headerRow + Math.max(1, oldTable.rows.length);
  const left = oldTable.firstColumn;
  const right = oldTable.firstColumn + oldTable.headers.length - 1;
  const newIndex = new Map<string, number>();
  rebuilt.headers.forEach((header, index) => {
    if (!newIndex.has(header)) newIndex.set(header, index);
  });
  // Old column → new column, by header (the first column of a header is the one carried).
  const columnTo = oldTable.headers.map((header, index) => {
    const to = newIndex.get(header);
    return header !== "" && oldTable.headers.indexOf(header) === index && to !== undefined
      ? newFirstColumn + to
      : null;
  });
  const rowShift = newHeaderRow - oldTable.headerRow;

  return (rect, shape) => {
    const reachesRows = rect.top <= bottom && rect.bottom >= top;
    const reachesColumns = rect.left <= right && rect.right >= left;
    if (!reachesRows && !reachesColumns) return undefined;
    let lost = false;
    const column = (at: number): number => {
      if (shape === "rows" || !reachesRows || at < left || at > right) return at;
      const to = columnTo[at - left];
      if (to === null) lost = true;
      return to ?? at;
    };
    const row = (at: number): number =>
      shape === "columns" || !reachesColumns || at < top || at > bottom ? at : at + rowShift;
    const moved = {
      top: row(rect.top),
      bottom: row(rect.bottom),
      left: column(rect.left),
      right: column(rect.right),
    };
    return lost ? "lost" : moved;
  };
}
