/**
 * What a sheet holds besides its cells' values and formulas, which a rebuilt tab (an upgrade or an import writes an
 * area tab anew from the template) does not carry as it carries values: links on cells, objects drawn over the sheet
 * (a chart the area lead added), and text with formatted runs (a bold word, a red one, within a cell). The package
 * reader gives it per sheet holding a table: every link with where it goes (the rebuilt tab carries those whose
 * cells' values it carries: `carryLinks`), and the drawings and formatted runs as counts and the first few cells;
 * nothing for a sheet that has none. A host that does not read it leaves it out, and nothing is said or carried.
 */
import { CellLink } from "./CellLink";
import { SheetContents } from "./SheetContents";

export type CellsSeen = {
  count: number;
  /** The first cells (A1 addresses, or ranges for a link on several cells), in the order the sheet holds them. */
  cells: string[];
};

export type SheetExtras = {
  /** Links on cells (to a document, a web page or a place in the workbook), in the order the sheet holds them. */
  hyperlinks?: CellLink[];
  /** Objects drawn over the sheet: charts, pictures, shapes; `charts` of them are charts. */
  drawings?: { count: number; charts: number };
  /** Cells whose text has runs of their own formatting. */
  richText?: CellsSeen;
};

/** How many cells `CellsSeen` names. */
export const FIRST_CELLS = 5;

/** `cell` counted into `seen` (created on the first one), named when among the first `FIRST_CELLS`. */
export function noteCell(seen: CellsSeen | null, cell: string): CellsSeen {
  const noted = seen ?? { count: 0, cells: [] };
  noted.count++;
  if (noted.cells.length < FIRST_CELLS) noted.cells.push(cell);
  return noted;
}

/** One kind of thing a rebuilt tab did not carry, for a message: how many, which cells (", "-joined, "…" after). */
export type NotCarried =
  | { kind: "hyperlinks" | "richText"; count: number; cells: string }
  | { kind: "drawings"; count: number; charts: number };

const cellList = (seen: CellsSeen): string =>
  seen.cells.join(", ") + (seen.count > seen.cells.length ? ", …" : "");

/**
 * What `extras` names as not carried. `hyperlinks` are the links left (`carryLinks`); a caller that carries none
 * gives them all.
 */
export function notCarried(extras: SheetExtras | undefined): NotCarried[] {
  if (!extras) return [];
  const found: NotCarried[] = [];
  let links: CellsSeen | null = null;
  for (const link of extras.hyperlinks ?? []) links = noteCell(links, link.ref);
  if (links) found.push({ kind: "hyperlinks", count: links.count, cells: cellList(links) });
  if (extras.drawings) found.push({ kind: "drawings", ...extras.drawings });
  if (extras.richText)
    found.push({
      kind: "richText",
      count: extras.richText.count,
      cells: cellList(extras.richText),
    });
  return found;
}

/**
 * A sheet's extras with the links its host read with its contents (`SheetContents.hyperlinks`, the Office host) when
 * the snapshot brought none (the file host reads them with the snapshot): what a rebuilt tab carries or names.
 */
export function withContentLinks(
  extras: SheetExtras | undefined,
  contents: SheetContents | undefined
): SheetExtras | undefined {
  if (extras?.hyperlinks || !contents?.hyperlinks || contents.hyperlinks.length === 0)
    return extras;
  return { ...extras, hyperlinks: contents.hyperlinks };
}
