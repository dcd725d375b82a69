/**
 * The links of a tab rebuilt from the layout (an upgrade, an import), carried with the values they sit on: a link
 * goes where its cell's value goes (`CellPlaces`, given by the caller from how it carries values: table cells by
 * row and header, cells around the table to the same address). A link whose cells' values are not carried (a
 * computed column, the title block the layout writes again, an empty cell, a cell outside what is imported), or
 * that has nowhere to go (neither an address nor a place), is left, for the caller to name. A link on a range is
 * carried cell by cell, to the cells of the range whose values are carried.
 */
import { cellAddress, columnIndex } from "./address";
import { CellLink } from "./CellLink";
import { Rect } from "./rectsAround";

/** Where the values of an old sheet's cells went in the rebuilt one. */
export type CellPlaces = {
  /** The new place of the old cell's value, or null when its value is not carried. */
  placeOf(row: number, column: number): { row: number; column: number } | null;
  /** Rectangles of the old sheet that hold every cell `placeOf` places (a range is looked at only within them). */
  within: Rect[];
};

export type CarriedLinks = {
  /** Links for the rebuilt sheet, one cell each, in the order of the old sheet's links. */
  carried: CellLink[];
  /** Links of the old sheet that go nowhere, as read. */
  left: CellLink[];
};

const REF = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i;

/** A link's `ref` as a rectangle; null for what is not a cell or a range of cells. */
function rectOf(ref: string): Rect | null {
  const match = REF.exec(ref.trim());
  if (!match) return null;
  const [, firstLetters, firstRow, lastLetters = firstLetters, lastRow = firstRow] = match;
  const a = { row: Number(firstRow), column: columnIndex(firstLetters.toUpperCase()) };
  const b = { row: Number(lastRow), column: columnIndex(lastLetters.toUpperCase()) };
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** The cells of `rect` that `places` places, as new addresses, in reading order of the old sheet. */
function placedCells(rect: Rect, places: CellPlaces): string[] {
  if (rect.top === rect.bottom && rect.left === rect.right) {
    const place = places.placeOf(rect.top, rect.left);
    return place ? [cellAddress(place.row, place.column)] : [];
  }
  const found: { row: number; column: number; at: string }[] = [];
  for (const within of places.within) {
    const top = Math.max(rect.top, within.top);
    const bottom = Math.min(rect.bottom, within.bottom);
    const left = Math.max(rect.left, within.left);
    const right = Math.min(rect.right, within.right);
    for (let row = top; row <= bottom; row++)
      for (let col = left; col <= right; col++) {
        const place = places.placeOf(row, col);
        if (place) found.push({ row, column: col, at: cellAddress(place.row, place.column) });
      }
  }
  return found.sort((x, y) => x.row - y.row || x.column - y.column).map(({ at }) => at);
}

export function carryLinks(links: CellLink[] | undefined, places: CellPlaces): CarriedLinks {
  const carried: CellLink[] = [];
  const left: CellLink[] = [];
  const taken = new Set<string>();
  for (const link of links ?? []) {
    const rect = link.target === undefined && link.location === undefined ? null : rectOf(link.ref);
    const cells = rect ? placedCells(rect, places).filter((cell) => !taken.has(cell)) : [];
    if (cells.length === 0) {
      left.push(link);
      continue;
    }
    for (const cell of cells) {
      taken.add(cell);
      carried.push({ ...link, ref: cell });
    }
  }
  return { carried, left };
}

/** The places of several disjoint parts of a sheet (a table's cells, the cells around it), as one. */
export function joinPlaces(parts: CellPlaces[]): CellPlaces {
  return {
    placeOf: (row, col) => {
      for (const part of parts) {
        const place = part.placeOf(row, col);
        if (place) return place;
      }
      return null;
    },
    within: parts.flatMap((part) => part.within),
  };
}

/** Cells carried from one address to another (what an area file holds around its table: `carryFileOutsideCells`). */
export function movedPlaces(moves: { from: string; to: string }[]): CellPlaces {
  const places = new Map<string, { row: number; column: number }>();
  const within: Rect[] = [];
  for (const { from, to } of moves) {
    const source = rectOf(from);
    const target = rectOf(to);
    if (!source || !target) continue;
    places.set(cellAddress(source.top, source.left), { row: target.top, column: target.left });
    within.push(source);
  }
  return { placeOf: (row, col) => places.get(cellAddress(row, col)) ?? null, within };
}

/** Cells carried to the same address (what users put around a table: `carryOutsideCells`). */
export function sameAddressPlaces(addresses: string[]): CellPlaces {
  return movedPlaces(addresses.map((address) => ({ from: address, to: address })));
}
