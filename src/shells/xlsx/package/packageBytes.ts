/**
 * The package layer on bytes, for every host: the CLI (through its file wrappers), the task pane in a plain
 * browser and anything else that holds an .xlsx as a `Uint8Array`. No Node import here or below it (webpack
 * bundles it for the browser; `test/shells/xlsx/browser` proves it).
 */
import { cellAddress } from "../../../core/workbook/address";
import { Cell, hasFormula } from "../../../core/workbook/CellValue";
import { SheetContents } from "../../../core/workbook/SheetContents";
import { WorkbookPatch } from "../../../core/workbook/WorkbookPatch";
import { SheetVisibility, WorkbookSnapshot } from "../../../core/workbook/WorkbookSnapshot";
import { emptyPackage } from "./write/emptyPackage";
import { readSheetTail, tailFormulas } from "./xml/sheetTail";
import { openWorkbookPackage } from "./read/openWorkbookPackage";
import { patchPackage, patchPackageParts } from "./write/patchPackage";
import { readSheetCells } from "./read/readSheetCells";
import { sheetMerges } from "./read/readSheetMerges";
import { readRelationships } from "./parts/readRelationships";
import { readTablePart } from "./read/readTablePart";
import { boundingRect, rectsAround } from "../../../core/workbook/rectsAround";
import { isRelationshipType } from "./parts/Relationship";
import { readSnapshotFromZip, SnapshotReadOptions } from "./read/readSnapshotFromZip";
import { ZipReader } from "./zip/ZipReader";
import { LAST_COLUMN, LAST_ROW } from "../../../core/workbook/sheetLimits";
import { rangeAddress } from "../../../core/workbook/address";

/**
 * The same snapshot `readSnapshotFromFile` gives for the file holding these bytes; with `sheets`, that of those
 * sheets only (`SnapshotReadOptions`).
 */
export async function readSnapshotFromBytes(
  bytes: Uint8Array,
  options: SnapshotReadOptions = {}
): Promise<WorkbookSnapshot> {
  return readSnapshotFromZip(ZipReader.fromBytes(bytes), options);
}

type WriteOptions = {
  onStep?: (step: string) => void;
  tabOrder?: string[];
  /** Called when the input's macros were left out of the output (an .xlsx holds none). */
  onMacrosDropped?: () => void;
};

/** The package a patch applies to: the input's, or an empty one for a brand-new workbook. */
async function packageToPatch(input: Uint8Array | null, patch: WorkbookPatch): Promise<Uint8Array> {
  if (input === null && patch.sheets.length === 0)
    throw new Error("A new workbook needs at least one sheet");
  return input ?? (await emptyPackage());
}

/**
 * The package with the patch applied (untouched parts copied byte for byte); `null` input makes a brand-new
 * workbook of the patch's sheets. `onStep` is called before each step; a hook that throws aborts the write.
 */
export async function writePatchedBytes(
  input: Uint8Array | null,
  patch: WorkbookPatch,
  options: WriteOptions = {}
): Promise<Uint8Array> {
  return patchPackage(await packageToPatch(input, patch), patch, options);
}

/** The same package as pieces in order, never joined: for a host that writes them to a file one by one. */
export async function writePatchedParts(
  input: Uint8Array | null,
  patch: WorkbookPatch,
  options: WriteOptions = {}
): Promise<Uint8Array[]> {
  return patchPackageParts(await packageToPatch(input, patch), patch, options);
}

/** The workbook's worksheets in tab order (chart sheets left out). */
export async function listSheets(
  bytes: Uint8Array
): Promise<{ name: string; visibility: SheetVisibility }[]> {
  const { worksheets } = await openWorkbookPackage(ZipReader.fromBytes(bytes));
  return worksheets.map(({ sheet }) => ({ name: sheet.name, visibility: sheet.state }));
}

/**
 * Every non-empty cell of one sheet (name compared ignoring case), keyed by A1 address; `rows` and `columns` are
 * the last row and column holding a cell (0 for an empty sheet). Memory follows the sheet's size: for a grid view.
 */
export async function readSheetGrid(
  bytes: Uint8Array,
  sheet: string
): Promise<{ rows: number; columns: number; cells: Map<string, Cell> }> {
  const zip = ZipReader.fromBytes(bytes);
  const { worksheets, context } = await openWorkbookPackage(zip);
  const found = worksheets.find(
    (candidate) => candidate.sheet.name.toLowerCase() === sheet.toLowerCase()
  );
  if (!found) throw new Error(`The workbook has no sheet ${sheet}`);
  const read = await readSheetCells(zip.textChunks(found.part), context, {
    regions: [{ top: 1, left: 1, bottom: LAST_ROW, right: LAST_COLUMN }],
  });
  const cells = new Map<string, Cell>();
  let rows = 0;
  let columns = 0;
  for (const [row, rowCells] of [...read.rows].sort(([a], [b]) => a - b)) {
    rowCells.forEach((cell, column) => {
      if (!cell || cell.kind === "empty") return;
      cells.set(cellAddress(row, column), cell);
      rows = Math.max(rows, row);
      columns = Math.max(columns, column);
    });
  }
  return { rows, columns, cells };
}

/** The cell of each `<comment ref="C10" …>` of a comments part. */
const COMMENT_REF = /<(?:\w+:)?comment\b[^>]*?\bref="([A-Z]+[0-9]+)"/g;

/**
 * For each named sheet (names compared ignoring case), by the names as given: every cell outside the box holding
 * its tables that holds a value or a formula, by A1 address; its merged ranges; the cells its comments are on. A
 * name the workbook has no sheet for is left out.
 */
export async function readSheetContents(
  bytes: Uint8Array,
  sheets: string[]
): Promise<Map<string, SheetContents>> {
  const zip = ZipReader.fromBytes(bytes);
  const { worksheets, context } = await openWorkbookPackage(zip);
  const contents = new Map<string, SheetContents>();
  for (const sheet of sheets) {
    const found = worksheets.find(
      (candidate) => candidate.sheet.name.toLowerCase() === sheet.toLowerCase()
    );
    if (!found) continue;
    const relationships = await readRelationships(zip, found.part);
    // The tables' cells are the snapshot's: only what lies around them is kept (memory follows the notes).
    const tables = relationships.flatMap((relationship) => {
      if (!isRelationshipType(relationship, "table") || !relationship.part) return [];
      if (!zip.entry(relationship.part)) return [];
      const region = readTablePart(zip.readTextSync(relationship.part), relationship.part)?.region;
      return region ? [region] : [];
    });
    const read = await readSheetCells(zip.textChunks(found.part), context, {
      regions: rectsAround(
        { top: 1, left: 1, bottom: LAST_ROW, right: LAST_COLUMN },
        boundingRect(tables)
      ),
    });
    const cells = new Map<string, Cell>();
    for (const [row, rowCells] of read.rows)
      rowCells.forEach((cell, column) => {
        if (cell && (cell.kind !== "empty" || hasFormula(cell)))
          cells.set(cellAddress(row, column), cell);
      });
    // One pass past the cells for what follows them: merged ranges, and the rules' formulas.
    const tail = await readSheetTail(zip.textChunks(found.part));
    const merges = sheetMerges(tail).map((merge) =>
      rangeAddress(merge.top, merge.left, merge.bottom, merge.right)
    );
    const comments: string[] = [];
    for (const relationship of relationships)
      if (
        isRelationshipType(relationship, "comments") &&
        relationship.part &&
        zip.entry(relationship.part)
      )
        for (const match of zip.readTextSync(relationship.part).matchAll(COMMENT_REF))
          comments.push(match[1]);
    const ruleFormulas = tailFormulas(tail);
    contents.set(sheet, {
      cells,
      merges,
      comments,
      ...(ruleFormulas.length > 0 ? { ruleFormulas } : {}),
    });
  }
  return contents;
}
