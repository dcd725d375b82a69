/**
 * The whole-row moves that bring a sheet's tables (each shrunk to its header and one row) to their new header rows,
 * top down, never cutting a table. Rows are 1-based; every expected move is worked out by hand.
 */
import { planTableMoves } from "../../../src/shells/office/planTableMoves";

test("stacked tables: each moves by the rows inserted or deleted right above it, the ones below moving with it", () => {
  // Registro-like: tables at 10, 20 and 30. The first goes to 13 (3 rows in at 10: the others go to 23 and 33);
  // the second to 21 (rows 21-22 deleted: the third goes to 31); the third to 40 (9 rows in at 31).
  const plan = planTableMoves([
    { key: "a", top: 10, to: 13 },
    { key: "b", top: 20, to: 21 },
    { key: "c", top: 30, to: 40 },
  ]);
  expect(plan.moves).toEqual([
    { kind: "insert", row: 10, count: 3 },
    { kind: "delete", row: 21, count: 2 },
    { kind: "insert", row: 31, count: 9 },
  ]);
  expect(plan.topAfter).toEqual(
    new Map([
      ["a", 13],
      ["b", 21],
      ["c", 40],
    ])
  );
  expect(plan.blocked.size).toBe(0);
});

test("tables already in place need no move; a dropped table goes where the rows take it", () => {
  const plan = planTableMoves([
    { key: "fixed", top: 1, to: 1 },
    { key: "moving", top: 5, to: 9 },
    { key: "dropped", top: 12 },
  ]);
  expect(plan.moves).toEqual([{ kind: "insert", row: 5, count: 4 }]);
  expect(plan.topAfter.get("dropped")).toBe(16);
  expect(plan.blocked.size).toBe(0);
});

test("a dropped table in the way is blocked (deleted before the moves); a kept one stops the table that would cut it", () => {
  // Deleting rows 4-7 to bring "moving" from 8 up to 4 would cut the dropped table at 5-6.
  const dropped = planTableMoves([
    { key: "moving", top: 8, to: 4 },
    { key: "dropped", top: 5 },
  ]);
  expect(dropped.blocked).toEqual(new Set(["dropped"]));
  expect(dropped.moves).toEqual([{ kind: "delete", row: 4, count: 4 }]);
  // Side by side, a kept table whose header is on row 7 would be cut by rows inserted at 8: the mover is blocked
  // (deleted and added again), the other stays.
  const kept = planTableMoves([
    { key: "side", top: 7, to: 7 },
    { key: "moving", top: 8, to: 12 },
  ]);
  expect(kept.blocked).toEqual(new Set(["moving"]));
  expect(kept.moves).toEqual([]);
  expect(kept.topAfter.get("side")).toBe(7);
});
