/**
 * How to bring the tables of a sheet to their new header rows by inserting and deleting whole rows above them, so
 * that Excel moves each table — and every formula, name, chart and PivotTable that refers to it or to its cells —
 * with the rows, instead of the table being deleted and added again (which turns every reference to it into #REF!).
 * `Table.resize` cannot do it: it keeps the header row where it is
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)); whole rows
 * inserted or deleted with `Range.insert` / `Range.delete` (ExcelApi 1.1) move everything below them, tables
 * included, and Excel adjusts the references
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-insert-member(1),
 * https://support.microsoft.com/en-us/office/insert-or-delete-rows-and-columns-6f40e6e4-85af-45e0-b39d-65dd504a3246).
 *
 * The tables are taken as they are once shrunk to their header and one row (the caller shrinks them first, so a
 * table's old body never lies in rows that must go). Top down, each table that must move gets rows inserted at
 * its header row (it moves down) or the rows right above its header deleted (it moves up); what lies below moves
 * with it. A move never cuts a table (rows inserted between a table's header and its row, or deleted over one of
 * its rows): a table in the way that has no place of its own (one the patch drops) is listed in `blocked`, as is
 * a table that cannot reach its place without cutting another — the caller deletes those before the moves.
 */

/** A table's header row now (1-based) and, for one the patch keeps, the header row it must end on. */
export type StackedTable = { key: string; top: number; to?: number };

/** Whole rows from `row` (1-based): `count` inserted above it, or deleted from it down. */
export type RowMove = { kind: "insert" | "delete"; row: number; count: number };

export type TableMovePlan = {
  moves: RowMove[];
  /** Each table's header row once the moves are done (tables not blocked). */
  topAfter: Map<string, number>;
  /** Tables that must be out of the way before the moves: in the way of one, or unable to reach their place. */
  blocked: Set<string>;
};

/** Where a row goes when `move` is done (null: deleted). */
export function rowAfter(row: number, move: RowMove): number | null {
  if (row < move.row) return row;
  if (move.kind === "insert") return row + move.count;
  return row < move.row + move.count ? null : row - move.count;
}

function attempt(tables: StackedTable[], blocked: Set<string>): TableMovePlan {
  const tops = new Map(
    tables.filter((table) => !blocked.has(table.key)).map((table) => [table.key, table.top])
  );
  const moves: RowMove[] = [];
  const order = [...tables]
    .filter((table) => !blocked.has(table.key))
    .sort((a, b) => a.top - b.top);
  const found = new Set<string>();
  for (const table of order) {
    if (table.to === undefined || found.has(table.key)) continue;
    const now = tops.get(table.key) as number;
    if (now === table.to) continue;
    const move: RowMove =
      table.to > now
        ? { kind: "insert", row: now, count: table.to - now }
        : { kind: "delete", row: table.to, count: now - table.to };
    // A table (its header and one row) cut by the move: rows inserted between them, or deleted over either.
    const inTheWay = [...tops].filter(([key, top]) => {
      if (key === table.key) return false;
      return move.kind === "insert"
        ? top === move.row - 1
        : top + 1 >= move.row && top <= move.row + move.count - 1;
    });
    if (inTheWay.length > 0) {
      const keep = tables.filter(
        (other) => other.to !== undefined && inTheWay.some(([key]) => key === other.key)
      );
      // Dropped tables in the way go; a kept one in the way stops this table from moving.
      if (keep.length > 0) found.add(table.key);
      else inTheWay.forEach(([key]) => found.add(key));
      return { moves, topAfter: tops, blocked: new Set([...blocked, ...found]) };
    }
    moves.push(move);
    for (const [key, top] of tops) tops.set(key, rowAfter(top, move) as number);
  }
  for (const table of order)
    if (table.to !== undefined && tops.get(table.key) !== table.to) found.add(table.key);
  return { moves, topAfter: tops, blocked: new Set([...blocked, ...found]) };
}

export function planTableMoves(tables: StackedTable[]): TableMovePlan {
  let blocked = new Set<string>();
  for (;;) {
    const plan = attempt(tables, blocked);
    if (plan.blocked.size === blocked.size) return plan;
    blocked = plan.blocked;
  }
}
