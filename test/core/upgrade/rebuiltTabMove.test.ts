/**
 * Where a rebuilt area tab's cells went, by hand: the old table at A7 with a user's column in the middle, rebuilt
 * with a new template column and the user's column carried to the end, as `carryAreaTable` does.
 */
import { moveReferences } from "../../../src/core/formula/moveReferences";
import { rebuiltTabMove } from "../../../src/core/upgrade/rebuiltTabMove";
import { Cell } from "../../../src/core/workbook/CellValue";
import { TablePatch } from "../../../src/core/workbook/WorkbookPatch";
import { TableSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";

const empty: Cell = { kind: "empty" };
// A ID · B Mía · C Meta · D Semáforo · E Meta (repeated: not carried); data rows 8 and 9.
const old: TableSnapshot = {
  name: "T_DJ",
  sheet: "DJ",
  headerRow: 7,
  firstColumn: 1,
  headers: ["ID", "Mía", "Meta", "Semáforo", "Meta"],
  rows: [Array(5).fill(empty), Array(5).fill(empty)],
};
// A ID · B Meta · C Fuente · D Semáforo · E Mía.
const rebuilt = (topLeft: string): TablePatch => ({
  name: "T_DJ",
  topLeft,
  headers: ["ID", "Meta", "Fuente", "Semáforo", "Mía"],
  rows: [],
  style: "",
});

const on = (topLeft: string) => {
  const move = rebuiltTabMove(old, rebuilt(topLeft));
  return (formula: string) =>
    moveReferences(formula, (sheet, rect, shape) => (sheet ? undefined : move(rect, shape)));
};

it.each([
  ["B8", "E8"], // the user's column, carried to the end
  ["C9", "B9"], // Meta moved left
  ["$D$8", "$D$8"], // Semáforo stayed
  ["B8:C9", "B8:E9"], // ends crossed: written in order
  ["C:C", "B:B"],
  ["B7", "E7"], // the header row
  ["F8", "F8"], // beside the table: carried to the same address
  ["C20", "C20"], // below the table: carried to the same address
  ["A1:C3", "A1:C3"], // the title block
  ["A1:Z100", "A1:Z100"], // a range around the table keeps its ends
  ["8:9", "8:9"],
])("%s → %s", (from, to) => {
  expect(on("A7")(from).formula).toBe(to);
});

it("moves rows with a header row that moved, and leaves rows around the table", () => {
  expect(on("A9")("C8+B7+C3+C20+8:9").formula).toBe("B10+E9+C3+C20+10:11");
});

it("names a column the rebuilt table does not have (a repeated header) as lost", () => {
  expect(on("A7")("E8+C8")).toEqual({ formula: "E8+B8", moved: 1, lost: 1 });
});
