/** Rows of values, by header, as cell edits of an area table: how a test fills an area through any host. */
import { cellAddress } from "../../src/core/workbook/address";
import { CellEdit } from "../../src/core/workbook/WorkbookPatch";
import { WorkbookSnapshot } from "../../src/core/workbook/WorkbookSnapshot";
import { RowValues } from "../support/fillArea";

export function fillEdits(snapshot: WorkbookSnapshot, code: string, rows: RowValues[]): CellEdit[] {
  const table = snapshot.tables.find((candidate) => candidate.name === `T_${code}`);
  if (!table) throw new Error(`No table T_${code}`);
  return rows.flatMap((values, index) =>
    Object.entries(values).map(([header, value]) => {
      const column = table.headers.indexOf(header);
      if (column < 0) throw new Error(`No column ${header} in T_${code}`);
      return {
        sheet: table.sheet,
        cell: cellAddress(table.headerRow + 1 + index, table.firstColumn + column),
        value,
      };
    })
  );
}
