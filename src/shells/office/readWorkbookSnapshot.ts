/**
 * The open workbook → the core's `WorkbookSnapshot`, in three `context.sync()` calls for a workbook whose bodies fit
 * one response, and one more per ~4.8 MB of response beyond that, whatever the number of tables or rows: (1) sheets,
 * tables and names are listed, the template sheet read and the date system asked (dateSystem.ts); (2) each table's
 * extent, sheet and header, its first and last body rows as a probe, each single-cell name's cell; (3…) every body in
 * row blocks (`readInBlocks`): sized from the probe rows' measured bytes, then from each block's, halved and retried if
 * Excel on the web refuses a response over 5 MB all the same. `values`, `valueTypes` and `numberFormat` are loaded for
 * every cell; `formulas` only for the columns where a formula can be — the computed columns (by header) and any column
 * whose probe rows hold a formula — since every text cell would otherwise come back twice. With the first block request
 * goes, per table, the extent of the cells filled below it in its columns (`regionBelowTable`: a row typed under a
 * table that did not grow), as the used range of values there: four numbers, never the cells.
 */
import { Cell } from "../../core/workbook/CellValue";
import { HEADERS } from "../../core/workbook/areaColumns";
import { joinTemplateJson, TEMPLATE_SHEET_ROW } from "../../core/workbook/layout/templateSheet";
import { Rect } from "../../core/workbook/rectsAround";
import { regionBelowTable } from "../../core/workbook/regionBelowTable";
import { SHEET } from "../../core/workbook/sheetNames";
import {
  TableSnapshot,
  WorkbookSnapshot,
  SheetVisibility,
} from "../../core/workbook/WorkbookSnapshot";
import { OperationContext, throwIfCancelled } from "../../operations/OperationContext";
import { KnownSize } from "./backupBytes";
import { cellFromExcel } from "./cellFromExcel";
import { queueDateSystem } from "./dateSystem";
import { ExcelContext, ExcelRange, ExcelWorksheet } from "./ExcelContext";
import { HostError } from "./HostError";
import { BlockRead, READ_CELL_CAP, readInBlocks, responseBytes } from "./readInBlocks";

export { READ_CELL_CAP } from "./readInBlocks";

const CELL_PROPERTIES = ["values", "valueTypes", "formulas", "numberFormat"];
const BODY_PROPERTIES = ["values", "valueTypes", "numberFormat"];
/** Headers of the columns that always hold formulas (SPEC §3.2). */
const COMPUTED_HEADERS = new Set<string>([
  HEADERS.programmedToDate,
  HEADERS.executedToDate,
  HEADERS.compliance,
]);
const VISIBILITY: Record<string, SheetVisibility> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};
const SINGLE_CELL = /^=(?:'((?:[^']|'')+)'|([^'!]+))!\$?[A-Z]{1,3}\$?\d+$/;

const isFormula = (formula: unknown): boolean =>
  typeof formula === "string" && formula.startsWith("=");

/** The extent of a loaded range, 1-based. */
const EXTENT = ["rowIndex", "columnIndex", "rowCount", "columnCount"];
/** What one table's used range below it weighs in the response, at most (four numbers and an object path). */
const BELOW_BYTES = 200;

function extentOf(range: ExcelRange): Rect {
  return {
    top: range.rowIndex + 1,
    left: range.columnIndex + 1,
    bottom: range.rowIndex + range.rowCount,
    right: range.columnIndex + range.columnCount,
  };
}

function nullRead(range: ExcelRange, where: string, properties: string[]): void {
  const record = range as unknown as Record<string, unknown>;
  if (properties.some((property) => record[property] === null))
    throw new HostError("excel.tooManyCells", { table: where, cells: READ_CELL_CAP });
}

function cellsOf(range: ExcelRange, where: string, date1904: boolean): Cell[][] {
  nullRead(range, where, CELL_PROPERTIES);
  const types = range.valueTypes as unknown as string[][];
  return range.values.map((row, r) =>
    row.map((value, c) =>
      cellFromExcel(value, types[r][c], range.formulas[r][c], range.numberFormat[r][c], date1904)
    )
  );
}

/** Consecutive column runs [start, end) of the columns flagged true. */
function runsOf(flags: boolean[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  flags.forEach((flag, index) => {
    if (!flag) return;
    const last = runs[runs.length - 1];
    if (last && last.end === index) last.end = index + 1;
    else runs.push({ start: index, end: index + 1 });
  });
  return runs;
}

export async function readWorkbookSnapshot(
  context: ExcelContext,
  operation?: OperationContext,
  /** Bytes per response (default `RESPONSE_BUDGET`, under Excel on the web's 5 MB). */
  responseBudget?: number,
  /** Filled with what each sheet's table bodies weighed, by lower-case sheet name (`ApplyOptions.knownSizes`). */
  sheetSizes?: Map<string, KnownSize>
): Promise<WorkbookSnapshot> {
  const { workbook } = context;
  // 1. What is there.
  workbook.worksheets.load("items/name,items/visibility");
  workbook.tables.load("items/name,items/showHeaders");
  workbook.names.load("items/name,items/type,items/formula");
  const templateRange = workbook.worksheets
    .getItemOrNullObject(SHEET.template)
    .getUsedRangeOrNullObject(true)
    .load(["values", "rowIndex", "columnIndex"]);
  const dateSystem = queueDateSystem(workbook);
  await context.sync();
  throwIfCancelled(operation);
  const date1904 = dateSystem();
  operation?.onProgress?.("read", 0.2);

  // 2. Where each table is, its header and two probe rows; the cell of each single-cell name.
  const tables = workbook.tables.items.map((table) => {
    table.worksheet.load("name");
    // The data body, never the whole range: Excel's Total Row ("Fila de totales") is not a plan row.
    const body = table.getDataBodyRange().load(["rowCount"]);
    // Without a header row (Table Design › Header Row unchecked) the range starts at the first data row and the
    // headers are the names the table keeps; its header row range is not asked for.
    const shown = table.showHeaders;
    if (!shown) table.columns.load("items/name");
    return {
      table,
      body,
      shown,
      range: table.getRange().load(["rowIndex", "columnIndex", "rowCount", "columnCount"]),
      header: shown ? table.getHeaderRowRange().load(["values"]) : null,
      columnNames: shown ? null : table.columns,
      probes: [body.getRow(0).load(CELL_PROPERTIES), body.getLastRow().load(CELL_PROPERTIES)],
    };
  });
  const names = workbook.names.items
    .filter((name) => name.type === "Range" && SINGLE_CELL.test(name.formula))
    .map((name) => ({ name: name.name, range: name.getRangeOrNullObject().load(CELL_PROPERTIES) }));
  await context.sync();
  throwIfCancelled(operation);
  operation?.onProgress?.("read", 0.4);

  // 3. Bodies in row blocks under the response budget: values, types and formats of every column, formulas of
  // the columns where one can be.
  const sheets = new Map<string, ExcelWorksheet>();
  const sheetNamed = (name: string): ExcelWorksheet => {
    let sheet = sheets.get(name);
    if (!sheet) sheets.set(name, (sheet = workbook.worksheets.getItem(name)));
    return sheet;
  };
  const plans = tables.map(({ table, body, shown, range, header, columnNames, probes }) => {
    const headerValues: unknown[] = header
      ? (header.values[0] ?? [])
      : (columnNames?.items ?? []).map((column) => column.name);
    const headers = headerValues.map((value: unknown) =>
      typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : ""
    );
    // Rows of the range above the body: the header row, when shown.
    const headerRows = shown ? 1 : 0;
    const columns = range.columnCount;
    const bodyRows = body.rowCount;
    const formulaColumns = headers.map(
      (text, column) =>
        COMPUTED_HEADERS.has(text) || probes.some((probe) => isFormula(probe.formulas[0]?.[column]))
    );
    const runs = runsOf(formulaColumns);
    const probeBytes = (properties: string[], from = 0, to = columns): number =>
      Math.max(
        ...probes.map((probe) => {
          const part = Object.fromEntries(
            properties.map((property) => [
              property,
              ((probe as unknown as Record<string, unknown[][]>)[property][0] ?? []).slice(
                from,
                to
              ),
            ])
          );
          return responseBytes(part as unknown as ExcelRange, properties);
        })
      );
    const sheetName = table.worksheet.name;
    // What the sheet's bodies would weigh as a back-up (formulas and number formats, `backupBytes`): the values
    // (a text's formula is the text) and number formats of the body's read, with its rows; the formulas' reads.
    const measured =
      (properties: string[], countRows: boolean) =>
      (bytes: Record<string, number>, rows: number): void => {
        const key = sheetName.toLowerCase();
        const known = sheetSizes?.get(key) ?? { bytes: 0, rows: 0 };
        sheetSizes?.set(key, {
          bytes: properties.reduce((sum, property) => sum + (bytes[property] ?? 0), known.bytes),
          rows: known.rows + (countRows ? rows : 0),
        });
      };
    const block =
      (left: number, width: number, properties: string[]) =>
      (start: number, count: number): ExcelRange =>
        sheetNamed(sheetName)
          .getRangeByIndexes(
            range.rowIndex + headerRows + start,
            range.columnIndex + left,
            count,
            width
          )
          .load(properties);
    const reads: BlockRead[] = [
      {
        rows: bodyRows,
        columns,
        properties: BODY_PROPERTIES,
        bytesPerRow: probeBytes(BODY_PROPERTIES),
        slice: block(0, columns, BODY_PROPERTIES),
        measured: measured(["values", "numberFormat"], true),
      },
      ...runs.map((run): BlockRead => ({
        rows: bodyRows,
        columns: run.end - run.start,
        properties: ["formulas"],
        bytesPerRow: probeBytes(["formulas"], run.start, run.end),
        slice: block(run.start, run.end - run.start, ["formulas"]),
        measured: measured(["formulas"], false),
      })),
    ];
    // Rows of the range that are neither the header nor the body: the Total Row.
    const totalsRow = range.rowCount - headerRows > bodyRows;
    return { table, range, headers, runs, reads, sheetName, totalsRow, shown };
  });
  // Below each table, within its columns, down to the sheet's end or the next table there: what is filled.
  const wholes = plans.map(({ range, sheetName }) => ({ sheetName, rect: extentOf(range) }));
  const regionsBelow = wholes.map(({ sheetName, rect }) =>
    regionBelowTable(
      rect,
      wholes
        .filter((other) => other.rect !== rect && other.sheetName === sheetName)
        .map((other) => other.rect)
    )
  );
  let usedBelow: (ExcelRange | null)[] = [];
  const results = await readInBlocks(
    context,
    plans.flatMap((plan) => plan.reads),
    responseBudget,
    operation,
    // Queued again with each try of the first request (a refused one loads nothing); no request of its own.
    plans.length === 0
      ? undefined
      : {
          queue: () => {
            usedBelow = regionsBelow.map((region, index) =>
              region
                ? sheetNamed(plans[index].sheetName)
                    .getRangeByIndexes(
                      region.top - 1,
                      region.left - 1,
                      region.bottom - region.top + 1,
                      region.right - region.left + 1
                    )
                    .getUsedRangeOrNullObject(true)
                    .load(EXTENT)
                : null
            );
          },
          bytes: BELOW_BYTES * plans.length,
        }
  );
  operation?.onProgress?.("read", 0.9);

  let next = 0;
  const sheetOrder = new Map(workbook.worksheets.items.map((sheet, index) => [sheet.name, index]));
  const tableSnapshots: TableSnapshot[] = plans
    .map(({ table, range, headers, runs, sheetName, totalsRow, shown }, index): TableSnapshot => {
      const body = results[next++];
      const filledBelow = usedBelow[index];
      const formulas = runs.map(() =>
        results[next++].flatMap((block) => {
          nullRead(block, table.name, ["formulas"]);
          return block.formulas;
        })
      );
      const formulaAt = (row: number, column: number): unknown => {
        const run = runs.findIndex((span) => column >= span.start && column < span.end);
        return run < 0 ? undefined : formulas[run][row][column - runs[run].start];
      };
      const rows: Cell[][] = [];
      for (const block of body) {
        nullRead(block, table.name, BODY_PROPERTIES);
        const types = block.valueTypes as unknown as string[][];
        block.values.forEach((values, r) => {
          const row = rows.length;
          rows.push(
            values.map((value, c) =>
              cellFromExcel(
                value,
                types[r][c],
                formulaAt(row, c),
                block.numberFormat[r][c],
                date1904
              )
            )
          );
        });
      }
      return {
        name: table.name,
        sheet: sheetName,
        // 1-based: the range's first row, or the row above it when the header row is hidden.
        headerRow: range.rowIndex + (shown ? 1 : 0),
        firstColumn: range.columnIndex + 1,
        headers,
        ...(shown ? {} : { headerRowHidden: true }),
        rows,
        ...(totalsRow ? { totalsRow: true } : {}),
        ...(filledBelow && !filledBelow.isNullObject ? { filledBelow: extentOf(filledBelow) } : {}),
      };
    })
    .map((snapshot, index) => ({ snapshot, index }))
    .sort(
      (a, b) =>
        (sheetOrder.get(a.snapshot.sheet) ?? 0) - (sheetOrder.get(b.snapshot.sheet) ?? 0) ||
        a.index - b.index
    )
    .map(({ snapshot }) => snapshot);

  const nameCells: Record<string, Cell> = {};
  for (const { name, range } of names)
    if (!range.isNullObject) nameCells[name] = cellsOf(range, name, date1904)[0][0];

  let templateJson: string | undefined;
  if (!templateRange.isNullObject) {
    const row = TEMPLATE_SHEET_ROW.json - 1 - templateRange.rowIndex;
    const cells = (templateRange.values[row] ?? []).slice(
      Math.max(0, 1 - templateRange.columnIndex)
    );
    const json = joinTemplateJson(cells);
    templateJson = json === "" ? undefined : json;
  }

  return {
    sheets: workbook.worksheets.items.map((sheet) => ({
      name: sheet.name,
      visibility: VISIBILITY[sheet.visibility] ?? "visible",
    })),
    tables: tableSnapshots,
    names: nameCells,
    // `workbook.names` holds the workbook-level names only (a sheet's own are in `Worksheet.names`).
    definedNames: workbook.names.items.map((name) => ({
      name: name.name,
      refersTo: String(name.formula).replace(/^=/, ""),
    })),
    templateJson,
  };
}
