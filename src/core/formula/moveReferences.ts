/**
 * A formula with its A1 references moved the way Excel moves them when cells are inserted: each reference (each end
 * of a range) is given to the caller's `move`, which says where the cells it pointed at are now. Everything that is
 * not a reference is written back exactly as it was (`formulaPieces`), and so is every reference `move` leaves.
 */
import { columnLetter } from "../workbook/address";
import { LAST_COLUMN, LAST_ROW } from "../workbook/sheetLimits";
import { FormulaPiece, formulaPieces, ReferenceEnd, ReferenceShape } from "./formulaReferences";

/** The cells a reference covers, 1-based and inclusive: whole columns span every row, whole rows every column. */
export type ReferenceRect = { top: number; left: number; bottom: number; right: number };

/**
 * Where the cells of `rect` on `sheet` (undefined: the formula's own sheet) are now: a rectangle, `undefined` when
 * they did not move, `"lost"` when some of them are no longer anywhere (the reference is then left as written).
 */
export type MoveReference = (
  sheet: string | undefined,
  rect: ReferenceRect,
  shape: ReferenceShape
) => ReferenceRect | undefined | "lost";

export type MovedFormula = {
  formula: string;
  /** References written at another place. */
  moved: number;
  /** References whose cells are no longer anywhere, left as written. */
  lost: number;
};

type Reference = Extract<FormulaPiece, { kind: "reference" }>;

function rectOf(reference: Reference): ReferenceRect {
  const last = reference.last ?? reference.first;
  return {
    top: reference.first.row ?? 1,
    left: reference.first.column ?? 1,
    bottom: last.row ?? LAST_ROW,
    right: last.column ?? LAST_COLUMN,
  };
}

function endText(end: ReferenceEnd, column: number | undefined, row: number | undefined): string {
  const columnPart =
    column === undefined ? "" : `${end.columnAbsolute ? "$" : ""}${columnLetter(column)}`;
  const rowPart = row === undefined ? "" : `${end.rowAbsolute ? "$" : ""}${row}`;
  return columnPart + rowPart;
}

function written(reference: Reference, rect: ReferenceRect): string {
  const { shape, first, prefix } = reference;
  const last = reference.last ?? first;
  const columns = shape !== "rows";
  const rows = shape !== "columns";
  const from = endText(first, columns ? rect.left : undefined, rows ? rect.top : undefined);
  if (shape === "cell") return prefix + from;
  return `${prefix}${from}:${endText(last, columns ? rect.right : undefined, rows ? rect.bottom : undefined)}`;
}

export function moveReferences(formula: string, move: MoveReference): MovedFormula {
  let moved = 0;
  let lost = 0;
  const text = formulaPieces(formula)
    .map((piece) => {
      if (piece.kind === "text") return piece.text;
      const rect = rectOf(piece);
      const to = move(piece.sheet, rect, piece.shape);
      if (to === "lost") lost++;
      if (to === undefined || to === "lost") return piece.text;
      // A range whose ends crossed (a column carried to the table's end) is written in order, as Excel would.
      const ordered: ReferenceRect = {
        top: Math.min(to.top, to.bottom),
        bottom: Math.max(to.top, to.bottom),
        left: Math.min(to.left, to.right),
        right: Math.max(to.left, to.right),
      };
      const same =
        ordered.top === rect.top &&
        ordered.left === rect.left &&
        ordered.bottom === rect.bottom &&
        ordered.right === rect.right;
      if (same) return piece.text;
      moved++;
      return written(piece, ordered);
    })
    .join("");
  return { formula: moved > 0 ? text : formula, moved, lost };
}
