/**
 * The values a sheet patch writes, row by row in ascending order: blocks in order, then tables (header and rows),
 * then cell edits — a later write to a cell wins, as when the Office host applies them one after the other.
 */
import { parseCellAddress } from "../../../../core/workbook/address";
import { rowAt } from "../../../../core/workbook/TableRows";
import { CellEdit, CellInput, SheetPatch } from "../../../../core/workbook/WorkbookPatch";

type Source = {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** The row's values from column `left` on (holes are cells the source does not write), if it has the row. */
  row(row: number): readonly (CellInput | undefined)[] | undefined;
};

export class SheetValues {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;

  private constructor(private readonly sources: Source[]) {
    this.top = Math.min(...sources.map((source) => source.top));
    this.bottom = Math.max(...sources.map((source) => source.bottom));
    this.left = Math.min(...sources.map((source) => source.left));
    this.right = Math.max(...sources.map((source) => source.right));
  }

  static of(sheet: SheetPatch, edits: CellEdit[] = []): SheetValues {
    const sources: Source[] = [];
    for (const block of sheet.blocks) {
      if (block.values.length === 0) continue;
      sources.push({
        top: block.row,
        bottom: block.row + block.values.length - 1,
        left: block.column,
        right: block.column + Math.max(0, ...block.values.map((values) => values.length)) - 1,
        row: (row) => block.values[row - block.row],
      });
    }
    for (const table of sheet.tables) {
      const { row: top, column: left } = parseCellAddress(table.topLeft);
      sources.push({
        top,
        bottom: top + table.rows.length,
        left,
        right: left + table.headers.length - 1,
        row: (row) => (row === top ? table.headers : rowAt(table.rows, row - top - 1)),
      });
    }
    const edited = new Map<number, Map<number, CellInput>>();
    for (const edit of edits) {
      const { row, column } = parseCellAddress(edit.cell);
      const cells = edited.get(row) ?? new Map<number, CellInput>();
      cells.set(column, edit.value);
      edited.set(row, cells);
    }
    for (const [row, cells] of edited) {
      const columns = [...cells.keys()];
      const left = Math.min(...columns);
      const values: (CellInput | undefined)[] = [];
      for (const [column, value] of cells) values[column - left] = value;
      sources.push({ top: row, bottom: row, left, right: Math.max(...columns), row: () => values });
    }
    return new SheetValues(sources);
  }

  get isEmpty(): boolean {
    return this.sources.length === 0;
  }

  /** Writes the row's values into `slots` (indexed by column); returns the columns written, or null for none. */
  fill(row: number, slots: (CellInput | undefined)[]): { left: number; right: number } | null {
    let left = Infinity;
    let right = -Infinity;
    for (const source of this.sources) {
      if (row < source.top || row > source.bottom) continue;
      const values = source.row(row);
      if (!values) continue;
      for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (value === undefined) continue;
        slots[source.left + i] = value;
        if (source.left + i < left) left = source.left + i;
        if (source.left + i > right) right = source.left + i;
      }
    }
    return left <= right ? { left, right } : null;
  }
}
