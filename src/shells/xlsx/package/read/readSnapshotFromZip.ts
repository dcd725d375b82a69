/**
 * An .xlsx package → the core's `WorkbookSnapshot`, in little memory: the package's small parts (workbook, relationships,
 * tables, styles, shared strings) are read whole; worksheets are streamed and only the cells the core needs are kept —
 * table ranges, single-cell names and the template JSON row; below each table, only where cells are filled
 * (`filledBelow`); on a sheet holding a table, what a rebuilt tab does not carry as it carries values (`SheetExtras`:
 * every link with its target, drawn objects and formatted runs counted; read while the sheet streams, the drawing's
 * parts read only when it has one); the charts drawn on each sheet read, with their series' references
 * (`readChartReferences`). Returns what the tests' ExcelJS reader (in test/support)
 * gives for a regular load of the same file (see `cellFromXml` for the few places where it is deliberately more exact).
 */
import { Cell, EMPTY } from "../../../../core/workbook/CellValue";
import {
  joinTemplateJson,
  TEMPLATE_SHEET_ROW,
} from "../../../../core/workbook/layout/templateSheet";
import { SHEET } from "../../../../core/workbook/sheetNames";
import { TableSnapshot, WorkbookSnapshot } from "../../../../core/workbook/WorkbookSnapshot";
import { CellRegion } from "./CellRegion";
import { readRelationships } from "../parts/readRelationships";
import { readSheetCells, SheetCells } from "./readSheetCells";
import { isRelationshipType } from "../parts/Relationship";
import { openWorkbookPackage } from "./openWorkbookPackage";
import { WorkbookSheetEntry } from "./readWorkbookPart";
import { singleCellNames } from "./singleCellNames";
import { readTablePart } from "./readTablePart";
import { inPart, PackageError } from "../PackageError";
import { ZipReader } from "../zip/ZipReader";
import { LAST_COLUMN, LAST_ROW } from "../../../../core/workbook/sheetLimits";
import { regionBelowTable } from "../../../../core/workbook/regionBelowTable";
import { SheetExtras } from "../../../../core/workbook/SheetExtras";
import { tableHeaders } from "../../../../core/workbook/tableHeaders";
import { Relationship } from "../parts/Relationship";
import { cellLinksOf } from "./cellLinksOf";
import { ChartReferences } from "../../../../core/workbook/ChartReferences";
import { readChartReferences } from "./readChartReferences";

/** A drawing's anchors (each one object drawn over the sheet: a chart, a picture, a shape or a group). */
const ANCHOR = /<(?:\w+:)?(?:twoCellAnchor|oneCellAnchor|absoluteAnchor)\b/g;

/** The objects drawn over a sheet, from its drawing parts: how many, and how many are charts; null when none. */
async function drawingsOf(
  zip: ZipReader,
  sheetRelationships: Relationship[]
): Promise<SheetExtras["drawings"] | null> {
  let count = 0;
  let charts = 0;
  for (const relationship of sheetRelationships) {
    if (!isRelationshipType(relationship, "drawing") || !relationship.part) continue;
    if (!zip.entry(relationship.part)) continue;
    count += zip.readTextSync(relationship.part).match(ANCHOR)?.length ?? 0;
    charts += (await readRelationships(zip, relationship.part)).filter(
      (drawn) => isRelationshipType(drawn, "chart") || isRelationshipType(drawn, "chartEx")
    ).length;
  }
  return count > 0 ? { count, charts } : null;
}

/**
 * `region`: the header row (when shown) and data rows, without the totals row (`totalsRow` says whether one is
 * shown); `whole`: the table's range, its totals row included; `columnNames`: the table part's column names, the
 * headers when the header row is hidden (`headerShown` false) and where a header cell is blank.
 */
type TablePart = {
  name: string;
  region: CellRegion;
  whole: CellRegion;
  totalsRow: boolean;
  headerShown: boolean;
  columnNames: string[];
};

/**
 * The table's last row that the sheet holds a cell in (an empty, styled cell counts), and at least its first data
 * row (an Excel table always has one, empty or not, as every host reads it): a range stretched far below the
 * sheet's cells (`A7:AE1048576`) costs the rows the sheet has, not a million rows of nothing.
 */
function lastRowWithCells(region: CellRegion, firstRow: number, cells: SheetCells): number {
  let last = Math.min(region.bottom, firstRow);
  for (const row of cells.rowsWithCells) if (row > last && row <= region.bottom) last = row;
  return last;
}

function tableSnapshot(
  sheet: string,
  table: TablePart,
  cells: SheetCells,
  filledBelow: CellRegion | null
): TableSnapshot {
  const { top, left, right } = table.region;
  // Without a header row (Table Design › Header Row unchecked) the range starts at the first data row.
  const headerRow = table.headerShown ? top : top - 1;
  const bottom = lastRowWithCells(table.region, headerRow + 1, cells);
  const rowCells = (row: number): Cell[] => {
    const kept = cells.rows.get(row);
    return Array.from({ length: right - left + 1 }, (_, i) => kept?.[left + i] ?? EMPTY);
  };
  const headers = tableHeaders(
    table.headerShown ? rowCells(top) : null,
    table.columnNames,
    right - left + 1
  );
  const rows: Cell[][] = [];
  for (let row = headerRow + 1; row <= bottom; row++) rows.push(rowCells(row));
  return {
    name: table.name,
    sheet,
    headerRow,
    firstColumn: left,
    headers,
    rows,
    ...(table.headerShown ? {} : { headerRowHidden: true }),
    ...(table.totalsRow ? { totalsRow: true } : {}),
    ...(filledBelow ? { filledBelow } : {}),
  };
}

/**
 * `sheets`: read only these worksheets (names as the workbook spells them); the others are not streamed nor
 * parsed, so the snapshot holds the tables, names' values, `extras` and template JSON of these sheets alone (every
 * sheet is still listed, the workbook-level parts are read as always, and every entry is still checked).
 */
export type SnapshotReadOptions = { sheets?: ReadonlySet<string> };

/** The snapshot of a package held as bytes (no Node import: the task pane uses it too). */
export async function readSnapshotFromZip(
  zip: ZipReader,
  options: SnapshotReadOptions = {}
): Promise<WorkbookSnapshot> {
  const only = options.sheets;
  const { workbook, worksheets, context } = await openWorkbookPackage(zip);
  const named = singleCellNames(workbook.names);
  const namedValues = new Map<string, Cell>();
  const tables: TableSnapshot[] = [];
  let templateJson: string | undefined;
  const tableNames = new Set<string>();
  const extrasOf = new Map<string, SheetExtras>();
  const charts: ChartReferences[] = [];

  const read = only ? worksheets.filter((entry) => only.has(entry.sheet.name)) : worksheets;
  for (const { sheet, part } of read)
    await inPart(part, async () => {
      const sheetRelationships = await readRelationships(zip, part);
      // A chart part drawn twice (never by Excel) is given once: one edit per part.
      for (const chart of await readChartReferences(zip, sheet.name, sheetRelationships))
        if (!charts.some((seen) => seen.chart === chart.chart)) charts.push(chart);
      const tableParts = new Map<string, TablePart>();
      for (const relationship of sheetRelationships) {
        if (!isRelationshipType(relationship, "table")) continue;
        if (!relationship.part || !zip.entry(relationship.part))
          throw new PackageError("package.missingPart", relationship.part ?? relationship.target);
        const table = readTablePart(zip.readTextSync(relationship.part), relationship.part);
        if (table?.region && (table.region.bottom > LAST_ROW || table.region.right > LAST_COLUMN))
          throw new PackageError("package.badCellReference", relationship.part, {
            cell: `${table.region.bottom}:${table.region.right}`,
          });
        if (table?.name) {
          // Table names are unique in a workbook (case ignored): a second one is damage, not a second area.
          if (tableNames.has(table.name.toLowerCase()))
            throw new PackageError("package.duplicateTable", relationship.part, {
              table: table.name,
            });
          tableNames.add(table.name.toLowerCase());
        }
        if (table?.name && table.region)
          // Excel's Total Row is not a plan row: it is left out of the table's rows (and not read at all).
          tableParts.set(relationship.id, {
            name: table.name,
            region: {
              ...table.region,
              bottom: Math.max(table.region.top, table.region.bottom - table.totalsRows),
            },
            whole: table.region,
            totalsRow: table.totalsRows > 0,
            headerShown: table.headerShown,
            columnNames: table.columnNames,
          });
      }
      const ownNames = [...named].filter(([, cell]) => cell.sheet === sheet.name);
      const isTemplate = sheet.name === SHEET.template;
      const regions: CellRegion[] = [
        ...[...tableParts.values()].map((table) => table.region),
        ...ownNames.map(([, cell]) => ({
          top: cell.row,
          bottom: cell.row,
          left: cell.column,
          right: cell.column,
        })),
        ...(isTemplate
          ? [
              {
                top: TEMPLATE_SHEET_ROW.json,
                bottom: TEMPLATE_SHEET_ROW.json,
                left: 2,
                right: LAST_COLUMN,
              },
            ]
          : []),
      ];
      if (regions.length === 0) return;
      // Below each table, in its columns: only whether cells are filled (rows typed under a table that did not grow).
      const ranges = [...tableParts.values()].map((table) => table.whole);
      const belowOf = new Map<string, number>();
      const below: CellRegion[] = [];
      for (const [id, table] of tableParts) {
        const region = regionBelowTable(
          table.whole,
          ranges.filter((range) => range !== table.whole)
        );
        if (region) belowOf.set(id, below.push(region) - 1);
      }
      const cells = await readSheetCells(zip.textChunks(part), context, {
        regions,
        below,
        ...(isTemplate ? { stringRow: TEMPLATE_SHEET_ROW.json } : {}),
      });
      if (tableParts.size > 0) {
        const drawings = await drawingsOf(zip, sheetRelationships);
        const extras: SheetExtras = {
          ...(cells.hyperlinks.length > 0
            ? { hyperlinks: cellLinksOf(cells.hyperlinks, sheetRelationships) }
            : {}),
          ...(drawings ? { drawings } : {}),
          ...(cells.richText ? { richText: cells.richText } : {}),
        };
        if (Object.keys(extras).length > 0) extrasOf.set(sheet.name, extras);
      }
      for (const id of cells.tableParts) {
        const table = tableParts.get(id);
        const index = belowOf.get(id);
        if (table)
          tables.push(
            tableSnapshot(
              sheet.name,
              table,
              cells,
              index === undefined ? null : cells.filledBelow[index]
            )
          );
      }
      for (const [name, cell] of ownNames)
        namedValues.set(name, cells.rows.get(cell.row)?.[cell.column] ?? EMPTY);
      if (isTemplate) {
        const columns = [...cells.strings.keys()]
          .filter((column) => column >= 2)
          .sort((a, b) => a - b);
        const json = joinTemplateJson(columns.map((column) => cells.strings.get(column)));
        templateJson = json === "" ? undefined : json;
      }
    });
  // A damaged part nobody read is still damage: every entry's CRC-32 and size are checked once (a no-op for bytes the
  // writer has just made: `trustWrittenEntries`).
  zip.verifyAll();
  const scopedNames = workbook.names.flatMap((entry) => {
    const sheet =
      entry.localSheetId === undefined ? undefined : workbook.sheets[entry.localSheetId];
    return sheet && !entry.name.startsWith("_xlnm.")
      ? [{ sheet: sheet.name, name: entry.name, refersTo: entry.text.replace(/^=/, "") }]
      : [];
  });
  return {
    sheets: worksheets.map(({ sheet }: { sheet: WorkbookSheetEntry }) => {
      const extras = extrasOf.get(sheet.name);
      return { name: sheet.name, visibility: sheet.state, ...(extras ? { extras } : {}) };
    }),
    tables,
    // In the order the workbook defines them.
    names: Object.fromEntries(
      [...named.keys()].flatMap((name) => {
        const value = namedValues.get(name);
        return value ? [[name, value]] : [];
      })
    ),
    definedNames: workbook.names
      .filter((entry) => entry.localSheetId === undefined && !entry.name.startsWith("_xlnm."))
      .map((entry) => ({ name: entry.name, refersTo: entry.text.replace(/^=/, "") })),
    templateJson,
    ...(charts.length > 0 ? { charts } : {}),
    ...(scopedNames.length > 0 ? { scopedNames } : {}),
  };
}
