/**
 * Streams one worksheet part and keeps only the cells the caller asks for (tables, named cells, the template row),
 * so memory follows what the core needs, not the sheet's size. Also returns the sheet's merged ranges and table
 * parts, which come after the cells in the XML. Shared formulas are expanded for the cells kept.
 */
import { cellAddress, parseRangeAddress } from "../../../../core/workbook/address";
import { Cell, hasFormula } from "../../../../core/workbook/CellValue";
import { CellContext, cellFromXml } from "./cellFromXml";
import { CellRegion, regionContains } from "./CellRegion";
import { decodeCellText } from "./decodeCellText";
import { PackageError } from "../PackageError";
import { scanWorksheetXml } from "../xml/scanWorksheetXml";
import { FastCell, SheetRowSink } from "../xml/SheetRowsFastPath";
import { CellPosition, slideFormula } from "./slideFormula";
import { LAST_COLUMN, LAST_ROW } from "../../../../core/workbook/sheetLimits";
import { CellsSeen, noteCell } from "../../../../core/workbook/SheetExtras";

export type SheetCellRequest = {
  regions: CellRegion[];
  /** A row whose cells holding plain strings (not rich text, not formulas) are wanted, by column. */
  stringRow?: number;
  /**
   * Regions (below tables: `regionBelowTable`) where only whether cells hold a value or a formula is wanted: for
   * each, the smallest rectangle holding such cells. No cell there is kept, and nothing is built per cell.
   */
  below?: CellRegion[];
};

export type SheetCells = {
  /** Kept cells: row → cells by column (sparse). A missing cell is empty. */
  rows: Map<number, Cell[]>;
  /** The plain strings of `stringRow`, by column. */
  strings: Map<number, string>;
  /** Relationship ids of the sheet's table parts, in document order. */
  tableParts: string[];
  /** Rows holding at least one `<c>` element inside a requested region (even an empty, styled one). */
  rowsWithCells: Set<number>;
  /** Per region of `below`, in its order: the smallest rectangle of its cells holding a value or a formula, or null. */
  filledBelow: (CellRegion | null)[];
  /** The sheet's `<hyperlink>` elements, anywhere on it, in its order (none when it has none). */
  hyperlinks: SheetHyperlink[];
  /** Its cells, anywhere on it, whose text has a run with formatting of its own (`<rPr>`); null when none. */
  richText: CellsSeen | null;
};

/** A `<hyperlink>` as the sheet holds it: `relationshipId` names the sheet's relationship to its target. */
export type SheetHyperlink = {
  ref: string;
  relationshipId?: string;
  location?: string;
  tooltip?: string;
  display?: string;
};

/** An attribute in the relationships namespace (`r:id`, whatever its prefix). */
const relationshipAttribute = (attributes: Record<string, string>): string | undefined =>
  Object.entries(attributes).find(([key]) => key === "r:id" || key.endsWith(":id"))?.[1];

type SharedMaster = { formula: string; position: CellPosition };
type PendingSlave = { cell: Cell & { formula: string }; position: CellPosition; group: string };

const letterValue = (code: number): number => (code >= 97 ? code - 96 : code - 64);

/** A number as a cell's `<v>` may hold it (no `NaN`, no `Infinity`, no hex). */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Column of an A1 address without allocating (`AB12` → 28). */
function columnOfAddress(address: string): number {
  let column = 0;
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code >= 48 && code <= 57) break;
    if (code === 36) continue;
    column = column * 26 + letterValue(code);
  }
  return column;
}

export async function readSheetCells(
  source: AsyncIterable<string>,
  context: CellContext,
  request: SheetCellRequest
): Promise<SheetCells> {
  const rows = new Map<number, Cell[]>();
  const strings = new Map<number, string>();
  const tableParts: string[] = [];
  const rowsWithCells = new Set<number>();
  const merges: string[] = [];
  const masters = new Map<string, SharedMaster>();
  const slaves: PendingSlave[] = [];
  const { regions, stringRow } = request;
  const below = request.below ?? [];
  const filledBelow: (CellRegion | null)[] = below.map(() => null);
  /** Whether the current row crosses a region of `below` (most rows cross none: then a cell costs one test). */
  let rowBelow = false;

  let inSheetData = false;
  let rowNumber = 0;
  let rowRegions: CellRegion[] = [];
  let rowCells: Cell[] | undefined;
  let column = 0;
  // The cell being read.
  let inCell = false;
  let keep = false;
  let type: string | undefined;
  let style = 0;
  let value: string | undefined;
  let formula: string | undefined;
  let formulaType: string | undefined;
  let formulaRef: string | undefined;
  let formulaGroup: string | undefined;
  let inline: { text: string; rich: boolean } | undefined;
  /** Whether the current cell's inline text has a run with formatting of its own. */
  let formattedRun = false;
  const hyperlinks: SheetHyperlink[] = [];
  let richText: CellsSeen | null = null;
  let runText: string | undefined;
  // What text goes to: 0 none, 1 <v>, 2 <f>, 3 an inline <t>.
  let target = 0;
  let phonetic = 0;

  /**
   * What no reader accepts, in any cell of a sheet read (kept or not): a number that is not finite, a shared string or
   * a style that does not exist. Refused here so that no output copies it on.
   */
  const checkCell = (): void => {
    const where = (): { cell: string; index?: number } => ({
      cell: cellAddress(rowNumber, column),
    });
    if (type === "s" && value !== undefined && value !== "") {
      const index = Number(value);
      if (!Number.isInteger(index) || index < 0 || index >= context.sharedStrings.length)
        throw new PackageError("package.badSharedString", "", { ...where(), index: value });
    } else if (value !== undefined && value !== "" && (type === undefined || type === "n")) {
      if (!NUMBER.test(value.trim()) || !Number.isFinite(parseFloat(value)))
        throw new PackageError("package.badNumber", "", where());
    }
    if (style !== 0 && !(style > 0 && style < context.dateStyles.length))
      throw new PackageError("package.badStyle", "", { ...where(), index: style });
  };

  const startRow = (number: number, written: string | undefined): void => {
    rowNumber = number;
    if (!(Number.isInteger(rowNumber) && rowNumber >= 1 && rowNumber <= LAST_ROW))
      throw new PackageError("package.badCellReference", "", { cell: written ?? "" });
    column = 0;
    rowCells = undefined;
    rowRegions = regions.filter((region) => rowNumber >= region.top && rowNumber <= region.bottom);
    rowBelow = false;
    for (let i = 0; i < below.length; i++)
      if (rowNumber >= below[i].top && rowNumber <= below[i].bottom) rowBelow = true;
  };

  /** The cell just read holds a value or a formula: it widens the filled rectangle of each region of `below` it is in. */
  const noteFilledBelow = (): void => {
    for (let i = 0; i < below.length; i++) {
      if (!regionContains(below[i], rowNumber, column)) continue;
      const filled = filledBelow[i];
      if (!filled)
        filledBelow[i] = { top: rowNumber, left: column, bottom: rowNumber, right: column };
      else {
        if (rowNumber < filled.top) filled.top = rowNumber;
        if (rowNumber > filled.bottom) filled.bottom = rowNumber;
        if (column < filled.left) filled.left = column;
        if (column > filled.right) filled.right = column;
      }
    }
  };

  /** A `<c>` opens at `at` (its address as written, for a message): what it holds is yet to be read. */
  const startCell = (at: number, address: string | undefined): void => {
    inCell = true;
    column = at;
    if (!(column >= 1 && column <= LAST_COLUMN))
      throw new PackageError("package.badCellReference", "", { cell: address ?? "" });
    keep = false;
    for (let i = 0; i < rowRegions.length; i++)
      if (regionContains(rowRegions[i], rowNumber, column)) {
        keep = true;
        rowsWithCells.add(rowNumber);
        break;
      }
    type = undefined;
    style = 0;
    value = undefined;
    formula = undefined;
    formulaType = undefined;
    formulaRef = undefined;
    formulaGroup = undefined;
    inline = undefined;
    formattedRun = false;
    target = 0;
    phonetic = 0;
  };

  const finishCell = (): void => {
    inCell = false;
    checkCell();
    // Formatted runs: an inline string's, or a shared string's (plain shared strings are primitives: one typeof).
    const shared = type === "s" && value !== undefined ? context.sharedStrings[Number(value)] : "";
    if (formattedRun || (typeof shared === "object" && shared.formatted))
      richText = noteCell(richText, cellAddress(rowNumber, column));
    const isFormula = (formula !== undefined && formula !== "") || formulaType !== undefined;
    if (isFormula && formulaType === "shared" && formulaRef && formulaGroup !== undefined)
      masters.set(formulaGroup, {
        formula: formula ?? "",
        position: { row: rowNumber, column },
      });
    // A value (a shared string's index counts), an inline string or a formula: what Excel counts as a used cell.
    if (
      rowBelow &&
      (isFormula ||
        (value !== undefined && value !== "") ||
        (inline !== undefined && inline.text !== ""))
    )
      noteFilledBelow();
    if (!keep) return;
    const cell = cellFromXml(
      type,
      style,
      value,
      inline,
      isFormula ? (formula ?? "") : undefined,
      context,
      rowNumber,
      column
    );
    // `hasFormula`: a formula held as its column's text is not built to be tested.
    if (cell.kind !== "empty" || hasFormula(cell)) {
      if (!rowCells) {
        rowCells = [];
        rows.set(rowNumber, rowCells);
      }
      rowCells[column] = cell;
      if (isFormula && formulaType === "shared" && !formulaRef && !formula)
        slaves.push({
          cell: cell as Cell & { formula: string },
          position: { row: rowNumber, column },
          group: formulaGroup ?? "",
        });
    }
    if (rowNumber === stringRow && !isFormula) {
      const plain =
        type === "s"
          ? context.sharedStrings[parseInt(value ?? "", 10)]
          : type === "str"
            ? value
            : type === "inlineStr" && inline && !inline.rich
              ? inline.text
              : undefined;
      if (typeof plain === "string") strings.set(column, plain);
    }
  };

  // The rows the fast path reads whole, given as the same steps.
  const sink: SheetRowSink = {
    row: (number) => startRow(number === 0 ? rowNumber + 1 : number, undefined),
    cell(read: FastCell) {
      startCell(read.column === 0 ? column + 1 : read.column, undefined);
      type = read.type;
      style = read.style;
      value = read.value;
      if (read.hasFormula) {
        formula = read.formula;
        formulaType = read.formulaType;
        formulaRef = read.formulaRef;
        formulaGroup = read.formulaGroup;
      }
      if (read.hasInline) inline = { text: decodeCellText(read.inlineText), rich: false };
      finishCell();
    },
  };

  await scanWorksheetXml(source, sink, {
    open(name, attributes) {
      if (inCell) {
        switch (name) {
          case "v":
            target = 1;
            value = "";
            return;
          case "f":
            target = 2;
            formula = "";
            formulaType = attributes.t;
            formulaRef = attributes.ref;
            formulaGroup = attributes.si;
            return;
          case "is":
            inline = { text: "", rich: false };
            return;
          case "r":
            if (inline && phonetic === 0) inline.rich = true;
            return;
          case "rPh":
            phonetic++;
            return;
          case "rPr":
            if (inline && phonetic === 0) formattedRun = true;
            return;
          case "t":
            if (inline && phonetic === 0) {
              target = 3;
              runText = "";
            }
            return;
          default:
            return;
        }
      }
      switch (name) {
        case "c":
          startCell(attributes.r ? columnOfAddress(attributes.r) : column + 1, attributes.r);
          type = attributes.t;
          style = attributes.s ? Number(attributes.s) : 0;
          return;
        case "row":
          if (inSheetData)
            startRow(attributes.r ? Number(attributes.r) : rowNumber + 1, attributes.r);
          return;
        case "sheetData":
          inSheetData = true;
          return;
        case "mergeCell":
          if (attributes.ref) merges.push(attributes.ref);
          return;
        case "hyperlink": {
          if (!attributes.ref) return;
          const relationshipId = relationshipAttribute(attributes);
          hyperlinks.push({
            ref: attributes.ref,
            ...(relationshipId ? { relationshipId } : {}),
            ...(attributes.location ? { location: attributes.location } : {}),
            ...(attributes.tooltip ? { tooltip: attributes.tooltip } : {}),
            ...(attributes.display ? { display: attributes.display } : {}),
          });
          return;
        }
        case "tablePart": {
          const id = relationshipAttribute(attributes);
          if (id) tableParts.push(id);
          return;
        }
        default:
          return;
      }
    },
    text(text) {
      if (target === 1) value += text;
      else if (target === 2) formula += text;
      else if (target === 3) runText += text;
    },
    close(name) {
      if (!inCell) {
        if (name === "sheetData") inSheetData = false;
        return;
      }
      switch (name) {
        case "c":
          finishCell();
          return;
        case "v":
        case "f":
          target = 0;
          return;
        case "t":
          if (target === 3 && inline) {
            inline.text += decodeCellText(runText ?? "");
            target = 0;
          }
          return;
        case "rPh":
          phonetic--;
          return;
        default:
          return;
      }
    },
  });

  for (const slave of slaves) {
    const master = masters.get(slave.group);
    const formula = master ? slideFormula(master.formula, master.position, slave.position) : "";
    const { row, column: at } = slave.position;
    const cells = rows.get(row);
    if (formula !== "" && context.formulas && cells) {
      // Held as its column's text, as a formula written out in full is (see `cellFromXml`).
      const { formula: _none, ...value } = slave.cell;
      cells[at] = context.formulas.cell(value, formula, row, at);
    } else slave.cell.formula = formula;
  }
  for (const merge of merges) {
    const { top, left, bottom, right } = parseRangeAddress(merge);
    for (let row = top; row <= bottom; row++) {
      const cells = rows.get(row);
      if (!cells) continue;
      for (let col = left; col <= right; col++) if (row !== top || col !== left) delete cells[col];
    }
  }
  return { rows, strings, tableParts, rowsWithCells, filledBelow, hyperlinks, richText };
}
