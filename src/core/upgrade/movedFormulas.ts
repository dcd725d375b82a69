/**
 * Formulas that point into area tabs an upgrade rebuilt, moved with the cells they point at (SPEC §2 "Template
 * evolution": no figure a user built may silently read another column). `rebuiltTabMove` says where each rebuilt
 * tab's cells went; a formula's references to such a tab (by its name, or unqualified on the tab itself) follow
 * them, the way Excel's do when columns are inserted. What was moved, and what points at cells no longer anywhere,
 * is recorded by sheet, in reading order, for the upgrade's report.
 */
import { moveReferences, MoveReference, MovedFormula } from "../formula/moveReferences";
import { parseCellAddress } from "../workbook/address";
import { TabMove } from "./rebuiltTabMove";

export type CellsBySheet = { sheet: string; cells: string[] }[];

function byReadingOrder(a: string, b: string): number {
  const x = parseCellAddress(a);
  const y = parseCellAddress(b);
  return x.row - y.row || x.column - y.column;
}

export class MovedFormulas {
  private readonly moves: Map<string, TabMove>;
  private readonly movedCells = new Map<string, Set<string>>();
  private readonly lostCells = new Map<string, Set<string>>();

  /** `moves`: each rebuilt tab's, by its name (compared ignoring case, as Excel compares sheet names). */
  constructor(moves: Map<string, TabMove>) {
    this.moves = new Map([...moves].map(([sheet, move]) => [sheet.toLowerCase(), move]));
  }

  get isEmpty(): boolean {
    return this.moves.size === 0;
  }

  /** `formula` (no "=") as written on `sheet`, with its references into rebuilt tabs moved. */
  move(sheet: string, formula: string): MovedFormula {
    if (this.moves.size === 0) return { formula, moved: 0, lost: 0 };
    const own = this.moves.get(sheet.toLowerCase());
    // On a sheet that was not rebuilt, only references naming a rebuilt tab can move.
    if (!own && !formula.includes("!")) return { formula, moved: 0, lost: 0 };
    const mover: MoveReference = (target, rect, shape) => {
      const move = target === undefined ? own : this.moves.get(target.toLowerCase());
      return move ? move(rect, shape) : undefined;
    };
    return moveReferences(formula, mover);
  }

  /** Records what moving the formula of `cell` (its address after the upgrade) on `sheet` gave. */
  record(sheet: string, cell: string, result: MovedFormula): void {
    const add = (into: Map<string, Set<string>>): void => {
      const cells = into.get(sheet) ?? new Set<string>();
      cells.add(cell);
      into.set(sheet, cells);
    };
    if (result.moved > 0) add(this.movedCells);
    if (result.lost > 0) add(this.lostCells);
  }

  /** Moves the formula of `cell` on `sheet` and records it; the new formula, or null when it did not change. */
  moveCell(sheet: string, cell: string, formula: string): string | null {
    const result = this.move(sheet, formula);
    this.record(sheet, cell, result);
    return result.moved > 0 ? result.formula : null;
  }

  private static listed(cells: Map<string, Set<string>>): CellsBySheet {
    return [...cells].map(([sheet, set]) => ({ sheet, cells: [...set].sort(byReadingOrder) }));
  }

  /** Cells whose formula was rewritten, by sheet. */
  get moved(): CellsBySheet {
    return MovedFormulas.listed(this.movedCells);
  }

  /** Cells with a reference to cells the rebuilt tab no longer has, left as written, by sheet. */
  get lost(): CellsBySheet {
    return MovedFormulas.listed(this.lostCells);
  }
}
