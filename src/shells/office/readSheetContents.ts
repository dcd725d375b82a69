/**
 * What sheets hold around their tables, through Office.js, for an upgrade or an import to carry
 * (`WorkbookHost.readSheetContents`): each used range's extent, the sheets' tables and the workbook's date system (one
 * sync, dateSystem.ts), the tables' extents (one sync), then the strips of each used range outside the box that holds
 * every table of its sheet (above it, below it, left and right of it) in row blocks under the response budget
 * (`readInBlocks`: one sync when they fit one response, as for a few title rows, one more per ~4.8 MB beyond; halved
 * and retried if Excel on the web refuses a response as too large). A strip of a sheet with tables is read as values,
 * types, formulas and number formats; a sheet without tables (a user's own, read by an upgrade only for the formulas
 * that point into a rebuilt tab, `planUpgrade`) is read as formulas alone — every text would otherwise come back twice,
 * with its type and format — and gives only its formula cells, without their last results (Excel calculates what is
 * written; `carriedCellInput` writes none then). The table bodies' values are never read again. Cells inside the box
 * but between two tables are not read: an upgrade leaves a tab with two tables as it is. Merged ranges are not read
 * (`merges` is empty): this host keeps values.
 *
 * The links of a sheet with tables (`hyperlinks`, its tables' cells included, as a rebuilt tab carries a link with
 * its cell's value, `carryLinks`) are read over its whole used range with `getCellProperties({ hyperlink: true })`
 * (ExcelApi 1.9, the manifest's minimum) in the same row blocks and requests as the strips (`readInBlocks`): one
 * small value per cell, so a long table costs one more response per ~4.8 MB of them — read only here, for the tabs
 * an operation rebuilds, never with every snapshot. A sheet without tables is not rebuilt: its links are not read.
 */
import { cellAddress } from "../../core/workbook/address";
import { Cell, hasFormula } from "../../core/workbook/CellValue";
import { CellLink } from "../../core/workbook/CellLink";
import { boundingRect, Rect, rectsAround } from "../../core/workbook/rectsAround";
import { SheetContents } from "../../core/workbook/SheetContents";
import { OperationContext } from "../../operations/OperationContext";
import { UNMEASURED_CELL_BYTES } from "./backupBytes";
import { cellFromExcel } from "./cellFromExcel";
import { queueDateSystem } from "./dateSystem";
import { ExcelContext, ExcelRange } from "./ExcelContext";
import { BlockRead, readInBlocks } from "./readInBlocks";

const PROPERTIES = ["values", "valueTypes", "formulas", "numberFormat"];
const FORMULAS = ["formulas"];
const EXTENT = ["rowIndex", "columnIndex", "rowCount", "columnCount"];
/**
 * First estimate of a cell's response bytes, before a strip is measured: the host's guess for a cell nobody measured
 * (`UNMEASURED_CELL_BYTES`, a short text), twice when the text comes back through both `values` and `formulas`.
 * `readInBlocks` samples each long strip in the first request and sizes the next blocks from what came back: a
 * guess too low would make the first response too large (refused, then halved: one request lost), one too high
 * makes the first block smaller.
 */
const CELL_BYTES = 2 * UNMEASURED_CELL_BYTES;
const FORMULA_CELL_BYTES = UNMEASURED_CELL_BYTES;
/**
 * What reads the links of a block: `getCellProperties` answers a `ClientResult`, not a range; `readInBlocks` measures
 * a block by the properties it is told (`LINKS`), so the result is handed to it under that name.
 */
const LINKS = "cellProperties";
/** First estimate of a cell's link in the response, before it is measured: `{"hyperlink":null},` with room. */
const LINK_CELL_BYTES = 24;

type LinkCells = Pick<Excel.CellProperties, "hyperlink">[][];

/** The link of one cell as the core holds it; null where the cell has none or it goes nowhere. */
function cellLink(
  ref: string,
  properties: Pick<Excel.CellProperties, "hyperlink"> | undefined
): CellLink | null {
  const link = properties?.hyperlink;
  if (!link || (!link.address && !link.documentReference)) return null;
  return {
    ref,
    ...(link.address ? { target: link.address } : {}),
    ...(link.documentReference ? { location: link.documentReference } : {}),
    ...(link.screenTip ? { tooltip: link.screenTip } : {}),
    ...(link.textToDisplay ? { display: link.textToDisplay } : {}),
  };
}

const boxOf = (range: ExcelRange): Rect => ({
  top: range.rowIndex,
  left: range.columnIndex,
  bottom: range.rowIndex + range.rowCount - 1,
  right: range.columnIndex + range.columnCount - 1,
});

type Cells = Map<string, Cell>;

export async function readSheetContents(
  excel: ExcelContext,
  sheets: string[],
  /** Bytes per response (default `RESPONSE_BUDGET`, under Excel on the web's 5 MB). */
  responseBudget?: number,
  operation?: OperationContext
): Promise<Map<string, SheetContents>> {
  const found = sheets.map((name) => {
    const worksheet = excel.workbook.worksheets.getItem(name);
    const used = worksheet.getUsedRangeOrNullObject(true).load(EXTENT);
    worksheet.tables.load("items/name");
    return { name, worksheet, used };
  });
  const dateSystem = queueDateSystem(excel.workbook);
  await excel.sync();
  const date1904 = dateSystem();
  const withTables = found.map((sheet) => ({
    ...sheet,
    tables: sheet.used.isNullObject
      ? []
      : sheet.worksheet.tables.items.map((table) => table.getRange().load(EXTENT)),
  }));
  await excel.sync();
  const strips = withTables.flatMap(({ name, worksheet, used, tables }) => {
    if (used.isNullObject) return [];
    const formulasOnly = tables.length === 0;
    const properties = formulasOnly ? FORMULAS : PROPERTIES;
    return rectsAround(boxOf(used), boundingRect(tables.map(boxOf))).map((box) => {
      const columns = box.right - box.left + 1;
      const read: BlockRead = {
        rows: box.bottom - box.top + 1,
        columns,
        properties,
        bytesPerRow: columns * (formulasOnly ? FORMULA_CELL_BYTES : CELL_BYTES),
        slice: (start, count) =>
          worksheet.getRangeByIndexes(box.top + start, box.left, count, columns).load(properties),
        // Nobody measured these cells: a user's sheet may hold far heavier rows further down.
        uneven: true,
      };
      return { name, box, formulasOnly, read };
    });
  });
  // The links of each sheet with tables, over its whole used range (tables included).
  const linkReads = withTables.flatMap(({ name, worksheet, used, tables }) => {
    if (used.isNullObject || tables.length === 0) return [];
    const box = boxOf(used);
    const columns = box.right - box.left + 1;
    const read: BlockRead = {
      rows: box.bottom - box.top + 1,
      columns,
      properties: [LINKS],
      bytesPerRow: columns * LINK_CELL_BYTES,
      slice: (start, count) => {
        const result = worksheet
          .getRangeByIndexes(box.top + start, box.left, count, columns)
          .getCellProperties({ hyperlink: true });
        // Read by readInBlocks under `LINKS` only (see LINKS), and below as `LinkCells`.
        return {
          get [LINKS]() {
            // A ClientResult needs no load: its value comes with the sync readInBlocks makes before reading it.
            // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
            return result.value;
          },
        } as unknown as ExcelRange;
      },
      uneven: true,
    };
    return [{ name, box, read }];
  });
  const blocks = await readInBlocks(
    excel,
    [...strips.map((strip) => strip.read), ...linkReads.map((links) => links.read)],
    responseBudget,
    operation
  );
  const cellsOf = new Map<string, Cells>(sheets.map((name) => [name, new Map()]));
  strips.forEach(({ name, box, formulasOnly }, index) => {
    const cells = cellsOf.get(name) as Cells;
    let top = box.top;
    for (const range of blocks[index]) {
      const rows = formulasOnly ? range.formulas : range.values;
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          const cell = formulasOnly
            ? cellFromExcel(null, "Empty", value, "General", date1904)
            : cellFromExcel(
                value,
                String(range.valueTypes[r]?.[c]),
                range.formulas[r]?.[c],
                range.numberFormat[r]?.[c],
                date1904
              );
          if (formulasOnly ? hasFormula(cell) : cell.kind !== "empty" || hasFormula(cell))
            cells.set(cellAddress(top + r + 1, box.left + c + 1), cell);
        })
      );
      top += rows.length;
    }
  });
  const linksOf = new Map<string, CellLink[]>();
  linkReads.forEach(({ name, box }, index) => {
    const links: CellLink[] = [];
    let top = box.top;
    for (const block of blocks[strips.length + index]) {
      const rows = (block as unknown as Record<string, LinkCells>)[LINKS];
      rows.forEach((row, r) =>
        row.forEach((properties, c) => {
          const link = cellLink(cellAddress(top + r + 1, box.left + c + 1), properties);
          if (link) links.push(link);
        })
      );
      top += rows.length;
    }
    if (links.length > 0) linksOf.set(name, links);
  });
  return new Map(
    [...cellsOf].map(([name, cells]) => {
      const hyperlinks = linksOf.get(name);
      return [name, { cells, merges: [], ...(hyperlinks ? { hyperlinks } : {}) }];
    })
  );
}
