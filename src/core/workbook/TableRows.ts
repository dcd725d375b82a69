/**
 * A table's rows as a patch gives them: an array, or `RowsByIndex`, rows made one at a time from data held
 * elsewhere. The consolidated `Matriz` is the second kind: at 17 × 20,000 rows its rows held as arrays were
 * ≈ 210 MB beside the plan they repeat, at the moment the file is written (measured: peak resident memory of
 * `consolidate` 1,187 MB with them). Both kinds have a `length` and are iterable; `rowAt` reads one row.
 */
import type { CellInput } from "./WorkbookPatch";

export class RowsByIndex implements Iterable<CellInput[]> {
  /** Private, so that two `RowsByIndex` compare as the rows they make (what a parity test compares), not as code. */
  readonly #make: (index: number) => CellInput[];

  /** `make(index)` makes row `index` (0-based) anew on each call, with the same values every time. */
  constructor(
    readonly length: number,
    make: (index: number) => CellInput[]
  ) {
    this.#make = make;
  }

  row(index: number): CellInput[] | undefined {
    return index >= 0 && index < this.length ? this.#make(index) : undefined;
  }

  *[Symbol.iterator](): Iterator<CellInput[]> {
    for (let index = 0; index < this.length; index++) yield this.#make(index);
  }
}

export type TableRows = CellInput[][] | RowsByIndex;

/** Row `index` (0-based) of `rows`, or undefined past its end. */
export function rowAt(rows: TableRows, index: number): CellInput[] | undefined {
  return Array.isArray(rows) ? rows[index] : rows.row(index);
}
