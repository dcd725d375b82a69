/**
 * The open workbook → the core's `WorkbookSnapshot`, in three `context.sync()` calls whatever the number of tables
 * or rows: (1) sheets, tables and names are listed and the template sheet read; (2) each table's extent and sheet,
 * each single-cell name's cell; (3) every table's header and body — in row blocks under Excel's 5,000,000-cell read
 * cap, all queued before that one sync. Only `values`, `valueTypes`, `formulas` and `numberFormat` are loaded.
 * With a response budget (Excel on the web refuses responses over 5 MB), step 3 takes ⌈response bytes ÷ budget⌉
 * requests instead of one: about 60 bytes a cell, so 17 areas × 1,000 rows read in about 9 requests.
 */
import { Cell } from "../../core/workbook/CellValue";
import { joinTemplateJson, TEMPLATE_SHEET_ROW } from "../../core/workbook/layout/templateSheet";
import { SHEET } from "../../core/workbook/sheetNames";
import {
  TableSnapshot,
  WorkbookSnapshot,
  SheetVisibility,
} from "../../core/workbook/WorkbookSnapshot";
import { OperationContext, throwIfCancelled } from "../../operations/OperationContext";
import { cellFromExcel } from "./cellFromExcel";
import { ExcelContext, ExcelRange, ExcelWorksheet } from "./ExcelContext";
import { HostError } from "./HostError";

/** Excel returns null for a range read past 5,000,000 cells (docs/excel/performance.md). */
export const READ_CELL_CAP = 5_000_000;
/** What a cell's `values`, `valueTypes`, `formulas` and `numberFormat` weigh in a response (measured on filled
 * plans through the fake: 33.3 MB for 17 × 1,000 rows × 33 columns). */
export const RESPONSE_BYTES_PER_CELL = 60;
/** Rows per read block of a big table body (Microsoft suggests starting at 5,000–20,000 rows). */
export const READ_BLOCK_ROWS = 20_000;

const CELL_PROPERTIES = ["values", "valueTypes", "formulas", "numberFormat"];
const VISIBILITY: Record<string, SheetVisibility> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};
const SINGLE_CELL = /^=(?:'((?:[^']|'')+)'|([^'!]+))!\$?[A-Z]{1,3}\$?\d+$/;

function cellsOf(range: ExcelRange, where: string): Cell[][] {
  const values = range.values;
  const types = range.valueTypes as unknown as string[][];
  const formulas = range.formulas;
  const formats = range.numberFormat;
  if (values === null || types === null || formulas === null || formats === null)
    throw new HostError("excel.tooManyCells", { table: where, cells: READ_CELL_CAP });
  return values.map((row, r) =>
    row.map((value, c) => cellFromExcel(value, types[r][c], formulas[r][c], formats[r][c]))
  );
}

export async function readWorkbookSnapshot(
  context: ExcelContext,
  operation?: OperationContext,
  /** Estimated bytes per response; none (the default) reads every body in one request. */
  responseBudget?: number
): Promise<WorkbookSnapshot> {
  const { workbook } = context;
  // 1. What is there.
  workbook.worksheets.load("items/name,items/visibility");
  workbook.tables.load("items/name");
  workbook.names.load("items/name,items/type,items/formula");
  const templateRange = workbook.worksheets
    .getItemOrNullObject(SHEET.template)
    .getUsedRangeOrNullObject(true)
    .load(["values", "rowIndex", "columnIndex"]);
  await context.sync();
  throwIfCancelled(operation);
  operation?.onProgress?.("read", 0.2);

  // 2. Where each table is; the cell of each single-cell name.
  const tables = workbook.tables.items.map((table) => {
    table.worksheet.load("name");
    return {
      table,
      range: table.getRange().load(["rowIndex", "columnIndex", "rowCount", "columnCount"]),
    };
  });
  const names = workbook.names.items
    .filter((name) => name.type === "Range" && SINGLE_CELL.test(name.formula))
    .map((name) => ({ name: name.name, range: name.getRangeOrNullObject().load(CELL_PROPERTIES) }));
  await context.sync();
  throwIfCancelled(operation);
  operation?.onProgress?.("read", 0.4);

  // 3. Headers and bodies in row blocks under the read cap: all in one request, or, with a response budget (Excel on
  // the web refuses a response over 5 MB), in as few requests as the budget allows.
  const sheets = new Map<string, ExcelWorksheet>();
  const sheetNamed = (name: string): ExcelWorksheet => {
    let sheet = sheets.get(name);
    if (!sheet) sheets.set(name, (sheet = workbook.worksheets.getItem(name)));
    return sheet;
  };
  type Block = { load: () => ExcelRange; bytes: number; range?: ExcelRange };
  const bodies = tables.map(({ table, range }) => {
    const header = table.getHeaderRowRange().load(["values"]);
    const bodyRows = range.rowCount - 1;
    const columns = range.columnCount;
    const rowsPerBlock = Math.max(
      1,
      Math.min(
        READ_BLOCK_ROWS,
        Math.floor(READ_CELL_CAP / columns),
        Math.floor((responseBudget ?? Infinity) / (columns * RESPONSE_BYTES_PER_CELL))
      )
    );
    const blocks: Block[] = [];
    if (bodyRows <= rowsPerBlock)
      blocks.push({
        load: () => table.getDataBodyRange().load(CELL_PROPERTIES),
        bytes: bodyRows * columns * RESPONSE_BYTES_PER_CELL,
      });
    else
      for (let start = 0; start < bodyRows; start += rowsPerBlock) {
        const count = Math.min(rowsPerBlock, bodyRows - start);
        blocks.push({
          load: () =>
            sheetNamed(table.worksheet.name)
              .getRangeByIndexes(range.rowIndex + 1 + start, range.columnIndex, count, columns)
              .load(CELL_PROPERTIES),
          bytes: count * columns * RESPONSE_BYTES_PER_CELL,
        });
      }
    return { table, range, header, blocks };
  });
  const groups: Block[][] = [[]];
  let groupBytes = 0;
  for (const block of bodies.flatMap((body) => body.blocks)) {
    const current = groups[groups.length - 1];
    if (
      responseBudget !== undefined &&
      current.length > 0 &&
      groupBytes + block.bytes > responseBudget
    ) {
      groups.push([block]);
      groupBytes = block.bytes;
    } else {
      current.push(block);
      groupBytes += block.bytes;
    }
  }
  for (const group of groups) {
    for (const block of group) block.range = block.load();
    // One request per response-sized group (one in all without a response budget): grows with bytes, not rows.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    throwIfCancelled(operation);
  }
  operation?.onProgress?.("read", 0.9);

  const sheetOrder = new Map(workbook.worksheets.items.map((sheet, index) => [sheet.name, index]));
  const tableSnapshots: TableSnapshot[] = bodies
    .map(({ table, range, header, blocks }): TableSnapshot => ({
      name: table.name,
      sheet: table.worksheet.name,
      headerRow: range.rowIndex + 1,
      firstColumn: range.columnIndex + 1,
      headers: (header.values[0] ?? []).map((value: unknown) =>
        typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : ""
      ),
      rows: blocks.flatMap((block) => cellsOf(block.range as ExcelRange, table.name)),
    }))
    .map((snapshot, index) => ({ snapshot, index }))
    .sort(
      (a, b) =>
        (sheetOrder.get(a.snapshot.sheet) ?? 0) - (sheetOrder.get(b.snapshot.sheet) ?? 0) ||
        a.index - b.index
    )
    .map(({ snapshot }) => snapshot);

  const nameCells: Record<string, Cell> = {};
  for (const { name, range } of names)
    if (!range.isNullObject) nameCells[name] = cellsOf(range, name)[0][0];

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
    templateJson,
  };
}
