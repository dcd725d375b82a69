/** What the planning office typed in the last matrix, read back so that consolidation never loses it. */
import { sameTableName } from "../workbook/sheetNames";
import { Cell } from "../workbook/CellValue";
import { CellInput } from "../workbook/WorkbookPatch";
import { WorkbookSnapshot, TableSnapshot } from "../workbook/WorkbookSnapshot";
import { cellToInput } from "./cellToInput";
import { LOG, MATRIX } from "./matrixLayout";
import { rowKeys } from "./rowKeys";

export type PlanningNotes = { area: string; notes: CellInput; verified: CellInput };
export type RetiredNote = PlanningNotes & { key: string; retiredOn: string };
export type PreviousMatrix = { notes: Map<string, PlanningNotes>; retired: RetiredNote[] };

const textOf = (cell: Cell | undefined): string =>
  cell?.kind === "text" ? cell.value.trim() : cell?.kind === "number" ? String(cell.value) : "";

function column(table: TableSnapshot, header: string): (row: Cell[]) => Cell | undefined {
  const index = table.headers.indexOf(header);
  return (row) => (index < 0 ? undefined : row[index]);
}

export function readPreviousMatrix(snapshot: WorkbookSnapshot): PreviousMatrix {
  const notes = new Map<string, PlanningNotes>();
  const matrix = snapshot.tables.find((table) => sameTableName(table.name, MATRIX.table));
  if (matrix) {
    const area = column(matrix, MATRIX.area);
    const note = column(matrix, MATRIX.notes);
    const verified = column(matrix, MATRIX.verified);
    const id = column(matrix, "ID");
    const keys = rowKeys(
      matrix.rows.map((row) => ({ id: textOf(id(row)), area: textOf(area(row)) }))
    );
    matrix.rows.forEach((row, index) => {
      notes.set(keys[index], {
        area: textOf(area(row)),
        notes: cellToInput(note(row) ?? { kind: "empty" }),
        verified: cellToInput(verified(row) ?? { kind: "empty" }),
      });
    });
  }
  const retiredTable = snapshot.tables.find((table) => sameTableName(table.name, LOG.retiredTable));
  const retired: RetiredNote[] = (retiredTable?.rows ?? []).flatMap((row) => {
    const [id, area, note, verified, on] = LOG.retiredHeaders.map((header) =>
      column(retiredTable as TableSnapshot, header)(row)
    );
    const key = textOf(id);
    return key === ""
      ? []
      : [
          {
            key,
            area: textOf(area),
            notes: cellToInput(note ?? { kind: "empty" }),
            verified: cellToInput(verified ?? { kind: "empty" }),
            retiredOn: textOf(on),
          },
        ];
  });
  return { notes, retired };
}
