/**
 * Applies a `WorkbookPatch` to the open workbook, all or nothing, in a number of syncs that grows with the bytes
 * moved and never with rows or areas — and without breaking what lies outside the patch (SPEC §9): formulas, names,
 * charts and PivotTables on the user's own sheets that refer to a sheet, a table or a name of the patch keep
 * referring to it. Excel binds such references to the object, so the objects are kept: an existing sheet is
 * rewritten in place (cleared and written; never renamed or deleted), an existing table is resized in place
 * (`Table.resize`, ExcelApi 1.13) — moved first with whole rows when its header row moves — and an existing name
 * gets its new reference through `NamedItem.formula` (ExcelApi 1.7; deleting a name turns formulas that use it into
 * #NAME?).
 *
 *  1. look (one request, nothing written): workbook structure protection, the date system (dateSystem.ts: every
 *     date written is a serial of the workbook's own system), the sheets, the names, each patch sheet
 *     that exists (protection, tables, charts, its used range's extent, and — only when the back-up's estimate fits
 *     one response, `backupBytes` — the used range's formulas and number formats, the back-up), each table name the
 *     patch takes, each sheet holding an edited cell and, when they are few, the edited cells with the rows around
 *     them (`editBlocks`). The estimate is what the patch writes on each
 *     sheet, or what its tables weighed at the host's last read (`knownSizes`), whichever is more: a response over
 *     5 MB is never asked for. Should Excel refuse the look all the same, it is repeated without the back-up.
 *     Then the checks that need no write:
 *     structure protection when the patch adds, moves, hides or shows a sheet (`excel.structureProtected`), a
 *     table name used on another sheet (`excel.tableElsewhere`), a kept table with its Header Row unchecked
 *     (`excel.headerRowHidden`: its header would be written as a data row), and — when an existing table would be resized —
 *     `Table.resize`'s ExcelApi 1.13 (`TABLE_RESIZE`, `excel.requirementMissing`; checked after step 2).
 *     Then, when there are many, the edited cells with the rows around them, in requests of a bounded number.
 *  2. back up what the look did not bring in response-sized blocks (`readInBlocks`: the first sized from the
 *     estimate per row, the next from the bytes measured — for a sheet no read measured, also from samples of its
 *     whole range, as an informe's annex outweighs its first pages — a refused block halved); the tables' fills and
 *     validation ride with the first block (or have a request of their own when the look brought the back-up).
 *  3. write (requests packed to the payload budget). The first request opens with `unprotect()` of each sheet
 *     loaded as protected — never of an unprotected one, which threw AccessDenied in some builds (office-js#6784) —
 *     so a password stops that request before anything is written, and `excel.sheetPasswordProtected` names the
 *     sheets. Then: events off; new sheets added (hidden until finished); each existing sheet cleared (contents,
 *     formats, validation, conditional formats, charts, freeze panes) and its tables resized — where a kept table's
 *     header row moves (Registro's tables sit below lists that grow), every table of the sheet is first shrunk to
 *     its header and one row and whole rows are inserted or deleted above the tables that move (`planTableMoves`):
 *     Excel moves a table and everything that refers to it with the rows, where deleting it and adding it again
 *     would turn every reference to it into #REF!; every sheet's cells, tables and formats (`sheetSteps`); names
 *     in place or added; what binds references (cross-sheet formulas, validation, conditional formats, charts),
 *     protection, visibility, freeze panes once visible; cell edits; tab order; recalculation; last, events back on.
 *  4. on any failure, after the restore below, events back on in a request of their own (tried twice): a failed
 *     request never leaves `enableEvents` off, which would silence re-validation until the pane reloads.
 *
 * A failure (or a cancel) at any sync is undone in the same `run`: added sheets are deleted; each sheet rewritten in
 * place is cleared and gets back its formulas, number formats, tables' extents, visibility and protection, and the
 * fills and data validation of its tables (each header row and each body column, read as one value per piece in one
 * request before the write: a piece whose fill or rule is mixed is not put back, nor are fonts, conditional formats
 * and fills outside the tables — the generated sheet's, which the next run of the operation writes again), and the
 * links the host read on it for this write (`knownLinks`: the tabs an upgrade or an import rebuilds); tables
 * moved with whole rows are moved back with the inverse moves (planned from where they are now, so a request that
 * failed half-way is undone too), and what refers to them follows them back; tables it deleted (dropped ones in
 * the way) are added again where they were; names get back their references (added ones are deleted); edited cells
 * their old contents; tabs their positions.
 *
 * Edits are written as blocks of rows in one column, the edited cells with a row either side as they were
 * (`editBlocks`: why blocks, and why edits close together share one).
 */
import { columnLetter, parseCellAddress, parseRangeAddress } from "../../core/workbook/address";
import { arrangeTabOrder } from "../../core/workbook/arrangeTabOrder";
import { CellLink } from "../../core/workbook/CellLink";
import { SheetPatch, WorkbookPatch } from "../../core/workbook/WorkbookPatch";
import {
  OperationCancelled,
  OperationContext,
  throwIfCancelled,
} from "../../operations/OperationContext";
import { cellToExcel, ExcelCellInput } from "./cellToExcel";
import { queueDateSystem } from "./dateSystem";
import { ExcelContext, ExcelRange, ExcelTable, ExcelWorksheet } from "./ExcelContext";
import {
  EditBlock,
  editBlocksOf,
  editSteps,
  queueEditBlocksAlong,
  readEditBlocks,
} from "./editBlocks";
import { HostError, hostErrorFrom } from "./HostError";
import { jsonBytes, packSteps, rowPieces, Step, step } from "./PayloadChunks";
import {
  BackupEstimate,
  backupBytes,
  CELL_OVERHEAD,
  KnownSize,
  UNMEASURED_CELL_BYTES,
} from "./backupBytes";
import { planTableMoves, RowMove } from "./planTableMoves";
import { readInBlocks, RESPONSE_BUDGET } from "./readInBlocks";
import { requireSet, TABLE_RESIZE } from "./requirementSets";
import { excelLink, sheetSteps } from "./sheetSteps";

export type ApplyOptions = OperationContext & {
  tabOrder?: string[];
  pageLayout: boolean;
  /** Whether to write the patch's charts; default true. */
  charts?: boolean;
  /**
   * Whether `Table.resize` (ExcelApi 1.13, `TABLE_RESIZE`) is there; default true. Without it a patch that would
   * resize an existing table is refused before anything is written (`excel.requirementMissing`).
   */
  tableResize?: boolean;
  /** Estimated bytes per request (default `PAYLOAD_BUDGET`, under Excel on the web's 5 MB). */
  payloadBudget?: number;
  /** Bytes per read response for the back-up (default `RESPONSE_BUDGET`). */
  responseBudget?: number;
  /**
   * What each sheet's tables weighed in the response when the host last read the workbook, by lower-case sheet
   * name: with what the patch writes, the estimate that sizes the back-up's reads (`backupBytes`).
   */
  knownSizes?: ReadonlyMap<string, KnownSize>;
  /**
   * The links on each sheet when the host last read its contents (the tabs an upgrade or an import rebuilds), by
   * lower-case sheet name: a failed write puts them back with the sheet's formulas, which it clears.
   */
  knownLinks?: ReadonlyMap<string, readonly CellLink[]>;
};

/** Room the back-up's estimate leaves for sheets that hold more than it guessed. */
const BACKUP_MARGIN = 1.25;
const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

type OldSheet = { id: string; name: string; position: number; visibility: string };
type Extent = { top: number; left: number; rows: number; columns: number };

/** A patch sheet and what the first request learnt about the sheet of that name. */
type Target = {
  patch: SheetPatch;
  proxy: ExcelWorksheet;
  used: ExcelRange;
  /** Set after the first request when the sheet exists. */
  existing?: {
    id: string;
    visibility: string;
    wasProtected: boolean;
    protection: Excel.WorksheetProtectionOptions;
    tables: Map<string, ExcelTable>;
    /** Ids of the tables the sheet had (kept or dropped). */
    tableIds: Set<string>;
    /**
     * Tables on the sheet that the patch no longer has: kept (emptied to their header and one row, so references
     * to them stay valid) unless a table of the patch overlaps them; then deleted, and re-added on failure.
     */
    dropped: { name: string; table: ExcelTable; range: ExcelRange; deleted?: boolean }[];
    tableRanges: Map<string, ExcelRange>;
    /** Whole rows inserted or deleted so that the kept tables' header rows land where the patch puts them. */
    moves?: RowMove[];
    /** Each kept table's header row once the moves are done. */
    topAfter?: Map<string, number>;
    usedExtent?: Extent;
    backup?: { formulas: unknown[][]; numberFormat: unknown[][] };
    /** Fills and data validation of its tables' header rows and body columns, as they were (for a restore). */
    formats?: FormatBackup[];
  };
};

/** A range's fill and data validation, read as one value for the whole range (null where it is mixed). */
type FormatBackup = {
  address: string;
  fill: string | null;
  validation: {
    rule: Excel.DataValidationRule;
    ignoreBlanks: boolean | null;
    prompt: Excel.DataValidationPrompt | null;
    errorAlert: Excel.DataValidationErrorAlert | null;
  } | null;
};

/** What a table part's fill and validation (or a dropped table's address) weigh in a response, at most. */
const PIECE_BYTES = 600;

/** What the back-up loads of each table part. */
const FORMAT_PATHS = [
  "format/fill/color",
  "dataValidation/type",
  "dataValidation/rule",
  "dataValidation/prompt",
  "dataValidation/errorAlert",
  "dataValidation/ignoreBlanks",
];

/** The pieces of a table whose fill and validation are backed up: its header row, then each body column. */
function tablePieces(address: string): string[] {
  const bounds = parseRangeAddress(localAddress(address));
  const pieces = [
    `${columnLetter(bounds.left)}${bounds.top}:${columnLetter(bounds.right)}${bounds.top}`,
  ];
  if (bounds.bottom > bounds.top)
    for (let column = bounds.left; column <= bounds.right; column++)
      pieces.push(
        `${columnLetter(column)}${bounds.top + 1}:${columnLetter(column)}${bounds.bottom}`
      );
  return pieces;
}

/** A loaded piece as something to write back; a validation only when the whole piece has one rule. */
function formatBackup(address: string, range: ExcelRange): FormatBackup {
  const validation = range.dataValidation;
  const kinds = ["None", "Inconsistent", "MixedCriteria"];
  const rule = validation.rule
    ? (Object.fromEntries(
        Object.entries(validation.rule).filter(([, value]) => value !== null && value !== undefined)
      ) as Excel.DataValidationRule)
    : null;
  return {
    address,
    fill: range.format.fill.color ?? null,
    validation:
      rule && !kinds.includes(validation.type)
        ? {
            rule,
            ignoreBlanks: validation.ignoreBlanks ?? null,
            prompt: validation.prompt ?? null,
            errorAlert: validation.errorAlert ?? null,
          }
        : null,
  };
}

/** A table's address shrunk to its header row (at `top`, where it is by default) and the row below it. */
function headerAndRow(address: string, top?: number): string {
  const bounds = parseRangeAddress(localAddress(address));
  const header = top ?? bounds.top;
  return `${columnLetter(bounds.left)}${header}:${columnLetter(bounds.right)}${header + 1}`;
}

/** A planned move: whole rows inserted above `row`, or deleted from it down (Excel moves what lies below). */
function moveRows(sheet: ExcelWorksheet, move: RowMove): void {
  const rows = sheet.getRange(`${move.row}:${move.row + move.count - 1}`);
  if (move.kind === "insert") rows.insert("Down");
  else rows.delete("Up");
}

/** "'Matriz'!A4:Z30" → "A4:Z30". */
const localAddress = (address: string): string => address.slice(address.lastIndexOf("!") + 1);

/** The rectangle a sheet patch writes (1-based bounds as an extent from row/column 0). */
function patchExtent(sheet: SheetPatch): Extent {
  let bottom = 1;
  let right = 1;
  for (const block of sheet.blocks) {
    bottom = Math.max(bottom, block.row + block.values.length - 1);
    right = Math.max(
      right,
      block.column + block.values.reduce((width, row) => Math.max(width, row.length), 0) - 1
    );
  }
  for (const table of sheet.tables) {
    const { row, column } = parseCellAddress(table.topLeft);
    bottom = Math.max(bottom, row + Math.max(1, table.rows.length));
    right = Math.max(right, column + table.headers.length - 1);
  }
  return { top: 0, left: 0, rows: bottom, columns: right };
}

/** Runs `requests` one sync each; `before` runs ahead of every sync (cancel checks, progress). */
async function syncEach(
  context: ExcelContext,
  requests: Step[][],
  before: (index: number) => void = () => undefined,
  suspendCalculation = false
): Promise<void> {
  let done = 0;
  for (const request of requests) {
    before(done);
    // Bulk writes: no recalculation until the request is done (ExcelApi 1.6; recalculated at the end).
    if (suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const queued of request) queued.queue();
    // One sync per payload-sized request: their number grows with bytes, never with rows or areas (bench/excel).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    done++;
  }
}

export async function applyWorkbookPatch(
  context: ExcelContext,
  patch: WorkbookPatch,
  options: ApplyOptions
): Promise<void> {
  try {
    await applyOrRestore(context, patch, options);
  } catch (error) {
    if (error instanceof OperationCancelled) throw error;
    throw hostErrorFrom(error);
  }
}

async function applyOrRestore(
  context: ExcelContext,
  patch: WorkbookPatch,
  options: ApplyOptions
): Promise<void> {
  const { workbook } = context;
  const edits = patch.edits ?? [];
  if (patch.sheets.length === 0 && patch.definedNames.length === 0 && edits.length === 0) return;
  throwIfCancelled(options);
  const patchNames = new Set(patch.sheets.map((sheet) => sheet.name.toLowerCase()));

  // ---- 1. look (with each existing sheet's contents as the back-up, when their estimate fits one response) ----
  const editsElsewhere = edits.filter((edit) => !patchNames.has(edit.sheet.toLowerCase()));
  const editsInPatch = edits.filter((edit) => patchNames.has(edit.sheet.toLowerCase()));
  const editBlocks = editBlocksOf(editsElsewhere);
  const look = (withBackup: boolean) => {
    workbook.protection.load("protected");
    const dateSystem = queueDateSystem(workbook);
    workbook.worksheets.load("items/id,items/name,items/position,items/visibility");
    workbook.names.load("items/name,items/formula");
    const targets: Target[] = patch.sheets.map((sheetPatch) => {
      const proxy = workbook.worksheets.getItemOrNullObject(sheetPatch.name);
      proxy.load("id,name,visibility");
      proxy.protection.load("protected,options");
      proxy.tables.load("items/id,items/name");
      proxy.charts.load("items/name");
      const used = proxy
        .getUsedRangeOrNullObject()
        .load([
          "rowIndex",
          "columnIndex",
          "rowCount",
          "columnCount",
          ...(withBackup ? ["formulas", "numberFormat"] : []),
        ]);
      return { patch: sheetPatch, proxy, used };
    });
    const takenTables = new Map<string, ExcelTable>();
    const takenRanges = new Map<string, ExcelRange>();
    for (const table of patch.sheets.flatMap((sheet) => sheet.tables)) {
      const proxy = workbook.tables.getItemOrNullObject(table.name).load("id,name,showHeaders");
      proxy.worksheet.load("name");
      takenTables.set(table.name, proxy);
      takenRanges.set(table.name.toLowerCase(), proxy.getRange().load(["address"]));
    }
    const editedSheets = new Map<string, ExcelWorksheet>();
    for (const name of new Set(editsElsewhere.map((edit) => edit.sheet))) {
      const sheet = workbook.worksheets.getItemOrNullObject(name);
      sheet.load("id,name");
      sheet.protection.load("protected,options");
      editedSheets.set(name, sheet);
    }
    const storeEditBlocks = queueEditBlocksAlong(context, editBlocks);
    return { targets, takenTables, takenRanges, editedSheets, storeEditBlocks, dateSystem };
  };
  // The back-up comes with the look only when its estimate fits one response: a response over 5 MB is never asked
  // for (Excel on the web would build it and refuse it). The estimate is what the patch writes on each of its
  // sheets, or what their tables weighed when the host last read them, whichever is larger (`backupBytes`).
  const estimates = new Map(
    patch.sheets.map((sheet) => [
      sheet.name.toLowerCase(),
      backupBytes(sheet, options.knownSizes?.get(sheet.name.toLowerCase())),
    ])
  );
  const estimated = [...estimates.values()].reduce((sum, estimate) => sum + estimate.bytes, 0);
  let backedUp = estimated * BACKUP_MARGIN <= (options.responseBudget ?? RESPONSE_BUDGET);
  let looked = look(backedUp);
  try {
    await context.sync();
  } catch (error) {
    // Refused all the same (the sheets held more than estimated): look again without the contents, read them in
    // blocks (step 3).
    if (!backedUp || (error as { code?: unknown })?.code !== "ResponsePayloadSizeLimitExceeded")
      throw error;
    looked = look(false);
    backedUp = false;
    await context.sync();
  }
  const { targets, takenTables, takenRanges, editedSheets, storeEditBlocks, dateSystem } = looked;
  throwIfCancelled(options);
  const date1904 = dateSystem();

  // ---- checks (nothing written yet) ----
  const oldSheets: OldSheet[] = workbook.worksheets.items.map((sheet) => ({
    id: sheet.id,
    name: sheet.name,
    position: sheet.position,
    visibility: sheet.visibility,
  }));
  const oldNames = new Map(
    workbook.names.items.map((name) => [name.name.toLowerCase(), name.formula])
  );
  for (const [name, sheet] of editedSheets)
    if (sheet.isNullObject) throw new HostError("excel.itemNotFound", { detail: name });
  for (const target of targets) {
    if (target.proxy.isNullObject) continue;
    const tables = new Map<string, ExcelTable>();
    const dropped: NonNullable<Target["existing"]>["dropped"] = [];
    const kept = new Set(target.patch.tables.map((table) => table.name.toLowerCase()));
    for (const table of target.proxy.tables.items)
      if (kept.has(table.name.toLowerCase())) tables.set(table.name.toLowerCase(), table);
      else dropped.push({ name: table.name, table, range: table.getRange() });
    target.existing = {
      id: target.proxy.id,
      visibility: target.proxy.visibility,
      wasProtected: target.proxy.protection.protected,
      protection: target.proxy.protection.options,
      tables,
      tableIds: new Set(target.proxy.tables.items.map((table) => table.id)),
      dropped,
      tableRanges: new Map(),
      usedExtent: target.used.isNullObject
        ? undefined
        : {
            top: target.used.rowIndex,
            left: target.used.columnIndex,
            rows: target.used.rowCount,
            columns: target.used.columnCount,
          },
    };
  }
  for (const [name, table] of takenTables)
    if (
      !table.isNullObject &&
      table.worksheet.name.toLowerCase() !==
        patch.sheets
          .find((sheet) => sheet.tables.some((candidate) => candidate.name === name))
          ?.name.toLowerCase()
    )
      throw new HostError("excel.tableElsewhere", { table: name, sheet: table.worksheet.name });
  // A kept table is resized in place and its header row written: with the Header Row unchecked, that row would be
  // written as its first data row (the range starts at the data). Refused, naming the table, before any write.
  for (const [name, table] of takenTables)
    if (!table.isNullObject && !table.showHeaders)
      throw new HostError("excel.headerRowHidden", { table: name, sheet: table.worksheet.name });
  const order = finalOrder(
    oldSheets.map((sheet) => sheet.name),
    patch,
    options.tabOrder
  );
  const moves = order.some(
    (name, position) =>
      oldSheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase())?.position !==
      position
  );
  const structureChanges =
    targets.some((target) => !target.existing) ||
    moves ||
    targets.some(
      (target) =>
        target.existing && target.existing.visibility !== VISIBILITY[target.patch.visibility]
    );
  if (workbook.protection.protected && structureChanges)
    throw new HostError("excel.structureProtected", {});

  // What the edited cells and the rows around them hold now (the write keeps those rows, the restore puts them
  // back): read with the look when they are few, else in requests of their own.
  if (storeEditBlocks) storeEditBlocks();
  else {
    await readEditBlocks(context, editBlocks, options.responseBudget, options);
    throwIfCancelled(options);
  }

  const added: ExcelWorksheet[] = [];
  const reprotect: { sheet: string; options: Excel.WorksheetProtectionOptions }[] = [];
  let written = false;
  let requestIndex = 0;
  try {
    // ---- 2. sheets to unprotect: only those loaded as protected (their unprotect opens the first write) ----
    const toUnprotect = [
      ...targets
        .filter((target) => target.existing?.wasProtected)
        .map((target) => ({
          sheet: target.patch.name,
          options: target.existing?.protection ?? {},
        })),
      ...[...editedSheets]
        .filter(([, sheet]) => sheet.protection.protected)
        .map(([name, sheet]) => ({ sheet: name, options: sheet.protection.options })),
    ];
    reprotect.push(...toUnprotect);

    // ---- 3. back up the sheets rewritten in place (unless the look brought their contents) ----
    const backups = targets.filter((target) => target.existing?.usedExtent);
    for (const target of targets)
      for (const name of target.existing?.tables.keys() ?? [])
        target.existing?.tableRanges.set(name, takenRanges.get(name) as ExcelRange);
    // Tables the patch drops (rare): their extents are read now, to keep or re-add them.
    const dropped = targets.flatMap((target) => target.existing?.dropped ?? []);
    // Fills and data validation of the kept tables (header row, each body column): one value per piece, read in
    // the same request (a few hundred bytes a column), so that a restore puts them back with the values. With the
    // dropped tables' extents, they ride with the back-up's first block when the back-up is read in blocks.
    const pieceAddresses = backups.flatMap((target) =>
      [...(target.existing?.tableRanges.values() ?? [])].flatMap((tableRange) =>
        tablePieces(tableRange.address).map((address) => ({ target, address }))
      )
    );
    let pieces: { target: Target; address: string; range: ExcelRange }[] = [];
    const queueFormatReads = (): void => {
      for (const table of dropped) table.range.load(["address"]);
      pieces = pieceAddresses.map(({ target, address }) => ({
        target,
        address,
        range: target.proxy.getRange(address).load(FORMAT_PATHS),
      }));
    };
    const formatReads =
      dropped.length > 0 || pieceAddresses.length > 0
        ? { queue: queueFormatReads, bytes: (dropped.length + pieceAddresses.length) * PIECE_BYTES }
        : undefined;
    if (backedUp) {
      if (formatReads) {
        formatReads.queue();
        await context.sync();
      }
      for (const target of backups)
        (target.existing as NonNullable<Target["existing"]>).backup = {
          formulas: target.used.formulas,
          numberFormat: target.used.numberFormat,
        };
    } else {
      const blocks = await readInBlocks(
        context,
        backups.map((target) => {
          const extent = target.existing?.usedExtent as Extent;
          const estimate = estimates.get(target.patch.name.toLowerCase()) as BackupEstimate;
          return {
            rows: extent.rows,
            columns: extent.columns,
            properties: ["formulas", "numberFormat"],
            // First blocks sized from the estimate per row (readInBlocks keeps room under 5 MB), then measured; a
            // sheet never measured may hold more than the patch writes, so its cells are guessed as short texts.
            bytesPerRow: Math.ceil(
              Math.max(
                extent.columns * (estimate.measured ? CELL_OVERHEAD : UNMEASURED_CELL_BYTES),
                estimate.bytesPerRow
              ) * 1.05
            ),
            uneven: !estimate.measured,
            slice: (start: number, count: number) =>
              target.proxy
                .getRangeByIndexes(extent.top + start, extent.left, count, extent.columns)
                .load(["formulas", "numberFormat"]),
          };
        }),
        options.responseBudget,
        options,
        formatReads
      );
      backups.forEach((target, index) => {
        (target.existing as NonNullable<Target["existing"]>).backup = {
          formulas: blocks[index].flatMap((block) => block.formulas),
          numberFormat: blocks[index].flatMap((block) => block.numberFormat),
        };
      });
    }
    for (const { target, address, range } of pieces) {
      const existing = target.existing as NonNullable<Target["existing"]>;
      (existing.formats ??= []).push(formatBackup(address, range));
    }
    throwIfCancelled(options);

    // Dropped tables that no table of the patch overlaps are kept: references to them stay valid.
    for (const target of targets) {
      const existing = target.existing;
      if (!existing) continue;
      const newBounds = target.patch.tables.map((table) => {
        const { row, column } = parseCellAddress(table.topLeft);
        return {
          top: row,
          left: column,
          bottom: row + Math.max(1, table.rows.length),
          right: column + table.headers.length - 1,
        };
      });
      // A kept table whose header row moves (Registro's tables sit below lists that grow) cannot be resized there:
      // Table.resize keeps the header row where it is. Deleting it and adding it again would turn every formula,
      // name, chart and PivotTable on it into #REF!; instead whole rows are inserted or deleted above it, and Excel
      // moves it — and what refers to it — with them (planTableMoves). Dropped tables move with the rows too.
      const topOf = (range: ExcelRange) => parseRangeAddress(localAddress(range.address)).top;
      const plan = planTableMoves([
        ...target.patch.tables
          .filter((table) => existing.tableRanges.has(table.name.toLowerCase()))
          .map((table) => ({
            key: table.name.toLowerCase(),
            top: topOf(existing.tableRanges.get(table.name.toLowerCase()) as ExcelRange),
            to: parseCellAddress(table.topLeft).row,
          })),
        ...existing.dropped.map((dropped) => ({
          key: dropped.name.toLowerCase(),
          top: topOf(dropped.range),
        })),
      ]);
      existing.moves = plan.moves;
      existing.topAfter = plan.topAfter;
      // Dropped tables that no table of the patch overlaps (where the moves take them, shrunk to their header and
      // one row) are kept: references to them stay valid.
      for (const dropped of existing.dropped) {
        const old = parseRangeAddress(localAddress(dropped.range.address));
        const top = plan.topAfter.get(dropped.name.toLowerCase());
        dropped.deleted =
          top === undefined ||
          newBounds.some(
            (bounds) =>
              bounds.top <= top + 1 &&
              top <= bounds.bottom &&
              bounds.left <= old.right &&
              old.left <= bounds.right
          );
        if (!dropped.deleted) {
          existing.tables.set(dropped.name.toLowerCase(), dropped.table);
          existing.tableRanges.set(dropped.name.toLowerCase(), dropped.range);
        }
      }
      // A kept table that cannot move without cutting another (tables side by side at different rows, which no
      // layout of the plan writes) is deleted before the write and added again at its new place; a failure puts it
      // back where it was, like a dropped table.
      for (const table of target.patch.tables) {
        const key = table.name.toLowerCase();
        const range = existing.tableRanges.get(key);
        const kept = existing.tables.get(key);
        if (!range || !kept || !plan.blocked.has(key)) continue;
        existing.dropped.push({ name: table.name, table: kept, range, deleted: true });
        existing.tables.delete(key);
        existing.tableRanges.delete(key);
      }
    }

    // Kept tables are resized in place (ExcelApi 1.13): without it, refused before anything is written.
    if (targets.some((target) => (target.existing?.tables.size ?? 0) > 0))
      requireSet(() => options.tableResize !== false, TABLE_RESIZE);

    // ---- 4. write ----
    // The first request opens with the unprotects: a password makes the first of them fail, and a failing command
    // stops its request, so nothing after it is written.
    const steps: Step[] = [
      ...toUnprotect.map(({ sheet }) =>
        step(() => workbook.worksheets.getItem(sheet).protection.unprotect(), sheet.length)
      ),
      step(() => {
        context.runtime.enableEvents = false;
      }),
    ];
    const finishes: Step[] = [];
    const newSheets = new Map<string, ExcelWorksheet>();
    for (const target of targets) {
      const existing = target.existing;
      if (!existing)
        steps.push(
          step(
            () => {
              const sheet = workbook.worksheets.add(target.patch.name);
              sheet.visibility = "Hidden";
              newSheets.set(target.patch.name, sheet);
              added.push(sheet);
            },
            target.patch.name.length,
            2
          )
        );
      else {
        const extent = existing.usedExtent;
        steps.push(
          step(
            () => {
              const sheet = target.proxy;
              for (const chart of sheet.charts.items) chart.delete();
              for (const table of existing.dropped)
                if (table.deleted) workbook.tables.getItemOrNullObject(table.name).delete();
              if (existing.visibility === "Visible") sheet.freezePanes.unfreeze();
              if (extent) {
                const range = sheet.getRangeByIndexes(
                  extent.top,
                  extent.left,
                  extent.rows,
                  extent.columns
                );
                range.conditionalFormats.clearAll();
                range.dataValidation.clear();
                range.clear("All");
              }
              // The moves (planTableMoves): every table that stays shrunk to its header and one row, then whole
              // rows inserted or deleted above the tables that move, top down.
              if (existing.moves?.length) {
                for (const [key, table] of existing.tables)
                  table.resize(headerAndRow((existing.tableRanges.get(key) as ExcelRange).address));
                for (const move of existing.moves) moveRows(sheet, move);
              }
              for (const kept of existing.dropped.filter((table) => !table.deleted)) {
                const bounds = parseRangeAddress(localAddress(kept.range.address));
                const top = existing.topAfter?.get(kept.name.toLowerCase()) ?? bounds.top;
                kept.table.resize(headerAndRow(kept.range.address, top));
                // Its header row back (a cleared header would rename the columns that formulas name).
                const backup = existing.backup?.formulas[bounds.top - 1 - (extent?.top ?? 0)];
                if (backup && extent)
                  sheet.getRangeByIndexes(
                    top - 1,
                    bounds.left - 1,
                    1,
                    bounds.right - bounds.left + 1
                  ).formulas = [
                    backup.slice(
                      bounds.left - 1 - extent.left,
                      bounds.right - extent.left
                    ) as ExcelCellInput[],
                  ];
              }
            },
            existing.dropped.length * 2_000 +
              100 * (existing.tables.size + (existing.moves?.length ?? 0)),
            6 +
              target.proxy.charts.items.length +
              3 * existing.dropped.length +
              (existing.moves?.length ? existing.tables.size + existing.moves.length : 0)
          )
        );
      }
      const sheetName = target.patch.name;
      const parts = sheetSteps(target.patch, {
        sheet: () => newSheets.get(sheetName) ?? target.proxy,
        existingTable: (name) => existing?.tables.get(name.toLowerCase()),
        pageLayout: options.pageLayout,
        charts: options.charts ?? true,
        date1904,
      });
      // Appended one by one: a long sheet (the informe at 17 × 1,000 rows) has more steps than a spread's arguments.
      for (const part of parts.build) steps.push(part);
      for (const part of parts.finish) finishes.push(part);
    }
    for (const { name, refersTo } of patch.definedNames)
      steps.push(
        step(
          () => {
            // In place when it exists (ExcelApi 1.7): formulas that use the name keep working.
            if (oldNames.has(name.toLowerCase()))
              workbook.names.getItemOrNullObject(name).formula = `=${refersTo}`;
            else workbook.names.add(name, `=${refersTo}`);
          },
          jsonBytes([name, refersTo]),
          2
        )
      );
    for (const part of finishes) steps.push(part);
    steps.push(...editSteps(context, editBlocks, "new", date1904));
    for (const edit of editsInPatch) {
      const value = cellToExcel(edit.value, date1904, () => ({
        sheet: edit.sheet,
        cell: edit.cell,
      }));
      steps.push(
        step(
          () => (workbook.worksheets.getItem(edit.sheet).getRange(edit.cell).formulas = [[value]])
        )
      );
    }
    for (const { sheet, options: protection } of reprotect) {
      // Edited sheets (not rewritten by the patch) are protected again as they were.
      if (!editedSheets.has(sheet)) continue;
      steps.push(
        step(() => workbook.worksheets.getItem(sheet).protection.protect(protection), 200)
      );
    }
    if (moves)
      steps.push(
        step(
          () =>
            order.forEach((name, position) => {
              const sheet = newSheets.get(name) ?? workbook.worksheets.getItem(name);
              sheet.position = position;
            }),
          jsonBytes(order),
          order.length
        )
      );
    steps.push(
      step(
        () => {
          workbook.application.calculate("Recalculate");
          // Last command of the last request: if any request fails, the failure path sets it in a request of its own.
          context.runtime.enableEvents = true;
        },
        0,
        2
      )
    );
    const requests = packSteps(steps, options.payloadBudget);
    written = true;
    await syncEach(
      context,
      requests,
      (index) => {
        requestIndex = index;
        throwIfCancelled(options);
        options.onProgress?.("write", index / requests.length);
      },
      true
    );
    options.onProgress?.("write", 1);
  } catch (error) {
    const stillProtected =
      written && reprotect.length > 0 && requestIndex === 0
        ? await protectedNow(context, reprotect)
        : [];
    if (written)
      await restore(context, {
        oldSheets,
        targets,
        oldNames,
        patchNames: patch.definedNames.map((name) => name.name),
        editBlocks,
        date1904,
        knownLinks: options.knownLinks,
        editedSheets: [...editedSheets.keys()],
        reprotect,
        moves,
        payloadBudget: options.payloadBudget,
      });
    else if (reprotect.length > 0) await protectAgain(context, reprotect);
    await eventsOn(context);
    // A sheet still protected after its unprotect failed has a password: nothing was written past it.
    if (hostErrorFrom(error).officeCode === "AccessDenied" && stillProtected.length > 0)
      throw new HostError("excel.sheetPasswordProtected", {
        sheets: stillProtected.map((sheet) => `«${sheet}»`).join(", "),
      });
    throw error;
  }
}

/** Which of `sheets` are protected now (read after a failure). Never throws. */
async function protectedNow(context: ExcelContext, sheets: { sheet: string }[]): Promise<string[]> {
  try {
    const proxies = sheets.map(({ sheet }) => {
      const proxy = context.workbook.worksheets.getItem(sheet);
      proxy.protection.load("protected");
      return { sheet, proxy };
    });
    await context.sync();
    return proxies.filter(({ proxy }) => proxy.protection.protected).map(({ sheet }) => sheet);
  } catch {
    return [];
  }
}

/** Events back on, in a request of their own (never left off by a failure): tried twice. Never throws. */
async function eventsOn(context: ExcelContext): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++)
    try {
      context.runtime.enableEvents = true;
      // At most two tries of one command, not a loop over data.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      return;
    } catch {
      // Tried once more; after that the next run of an operation sets it again.
    }
}

/** Protects again the sheets that are unprotected now among `sheets` (after a failed unprotect). Never throws. */
async function protectAgain(
  context: ExcelContext,
  sheets: { sheet: string; options: Excel.WorksheetProtectionOptions }[]
): Promise<void> {
  try {
    const proxies = sheets.map(({ sheet, options }) => {
      const proxy = context.workbook.worksheets.getItem(sheet);
      proxy.protection.load("protected");
      return { proxy, options };
    });
    await context.sync();
    for (const { proxy, options } of proxies)
      if (!proxy.protection.protected) proxy.protection.protect(options);
    await context.sync();
  } catch {
    // The original error is what the user needs to see.
  }
}

/** Tab order afterwards: existing tabs where they are (a replaced sheet keeps its place), new ones appended in
 * patch order; with `tabOrder`, the named tabs first in that order, the others after them as they were. */
export function finalOrder(
  existing: string[],
  patch: WorkbookPatch,
  tabOrder?: string[]
): string[] {
  const order = [...existing];
  for (const sheet of patch.sheets)
    if (!order.some((name) => name.toLowerCase() === sheet.name.toLowerCase()))
      order.push(sheet.name);
  if (!tabOrder)
    return order.map(
      (name) =>
        patch.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase())?.name ?? name
    );
  return arrangeTabOrder(order, tabOrder);
}

type Restore = {
  oldSheets: OldSheet[];
  targets: Target[];
  oldNames: Map<string, string>;
  patchNames: string[];
  editBlocks: EditBlock[];
  /** The workbook's date system, as the look found it. */
  date1904: boolean;
  knownLinks?: ReadonlyMap<string, readonly CellLink[]>;
  editedSheets: string[];
  reprotect: { sheet: string; options: Excel.WorksheetProtectionOptions }[];
  moves: boolean;
  payloadBudget?: number;
};

/** Puts the workbook back as it was before the write began (see the header). Never throws. */
async function restore(context: ExcelContext, state: Restore): Promise<void> {
  const { workbook } = context;
  try {
    workbook.worksheets.load("items/id,items/name,items/visibility");
    const protections = state.targets
      .filter((target) => target.existing)
      .map((target) => {
        const proxy = workbook.worksheets.getItemOrNullObject(target.patch.name);
        proxy.protection.load("protected");
        proxy.tables.load("items/id,items/name");
        // Where the kept tables are now: the write may have moved them (planTableMoves).
        const existing = target.existing as NonNullable<Target["existing"]>;
        const now = [...existing.tables].map(([key, table]) => ({
          key,
          range: table.getRange().load(["address"]),
        }));
        return { target, proxy, tablesNow: now };
      });
    const edited = state.editedSheets.map((name) => {
      const proxy = workbook.worksheets.getItemOrNullObject(name);
      proxy.protection.load("protected");
      return { name, proxy };
    });
    await context.sync();
    const original = new Set(state.oldSheets.map((sheet) => sheet.id));
    const steps: Step[] = [];
    steps.push(
      step(() => {
        for (const sheet of workbook.worksheets.items.filter((item) => !original.has(item.id))) {
          const extra = workbook.worksheets.getItem(sheet.id);
          if (sheet.visibility === "VeryHidden") extra.visibility = "Hidden";
          extra.delete();
        }
      })
    );
    for (const { target, proxy, tablesNow } of protections) {
      const existing = target.existing as NonNullable<Target["existing"]>;
      // Moved tables go back with the inverse moves (the same plan from where they are to where they were), so
      // that what refers to them follows them back.
      const back = planTableMoves(
        tablesNow.map(({ key, range }) => ({
          key,
          top: parseRangeAddress(localAddress(range.address)).top,
          to: parseRangeAddress(localAddress((existing.tableRanges.get(key) as ExcelRange).address))
            .top,
        }))
      );
      const sheet = workbook.worksheets.getItem(existing.id);
      const now = patchExtent(target.patch);
      const old = existing.usedExtent;
      const rows = Math.max(now.rows, old ? old.top + old.rows : 0);
      const columns = Math.max(now.columns, old ? old.left + old.columns : 0);
      steps.push(
        step(() => {
          if (proxy.protection.protected) sheet.protection.unprotect();
          // Tables the write added to the sheet go; the sheet's own ones are resized back.
          for (const table of proxy.tables.items)
            if (!existing.tableIds.has(table.id))
              workbook.tables.getItemOrNullObject(table.id).delete();
          const range = sheet.getRangeByIndexes(0, 0, rows, columns);
          range.conditionalFormats.clearAll();
          range.dataValidation.clear();
          range.clear("All");
          if (back.moves.length > 0) {
            for (const { key, range: current } of tablesNow)
              if (!back.blocked.has(key))
                (existing.tables.get(key) as ExcelTable).resize(headerAndRow(current.address));
            for (const move of back.moves) moveRows(sheet, move);
          }
          for (const [name, tableRange] of existing.tableRanges) {
            const table = existing.tables.get(name) as ExcelTable;
            table.resize(localAddress(tableRange.address));
          }
        }, 200)
      );
      if (old && existing.backup) {
        const { formulas, numberFormat } = existing.backup;
        for (const { start, end, bytes } of rowPieces(formulas as ExcelCellInput[][]))
          steps.push(
            step(() => {
              sheet.getRangeByIndexes(
                old.top + start,
                old.left,
                end - start,
                old.columns
              ).formulas = formulas.slice(start, end) as ExcelCellInput[][];
            }, bytes)
          );
        for (const { start, end, bytes } of rowPieces(numberFormat as ExcelCellInput[][]))
          steps.push(
            step(() => {
              sheet.getRangeByIndexes(
                old.top + start,
                old.left,
                end - start,
                old.columns
              ).numberFormat = numberFormat.slice(start, end) as string[][];
            }, bytes)
          );
      }
      // The links the host read on this sheet: a clear removes them, as it removes the formulas put back above.
      for (const link of state.knownLinks?.get(target.patch.name.toLowerCase()) ?? []) {
        const hyperlink = excelLink(link);
        if (hyperlink)
          steps.push(
            step(
              () => (sheet.getRange(link.ref).hyperlink = hyperlink),
              jsonBytes(hyperlink) + link.ref.length
            )
          );
      }
      for (const piece of existing.formats ?? [])
        steps.push(
          step(() => {
            const range = sheet.getRange(piece.address);
            // No fill reads as white: only a real colour is written back.
            if (piece.fill !== null && piece.fill.toUpperCase() !== "#FFFFFF")
              range.format.fill.color = piece.fill;
            if (piece.validation) {
              const { rule, ignoreBlanks, prompt, errorAlert } = piece.validation;
              if (ignoreBlanks !== null) range.dataValidation.ignoreBlanks = ignoreBlanks;
              range.dataValidation.rule = rule;
              if (errorAlert) range.dataValidation.errorAlert = errorAlert;
              if (prompt) range.dataValidation.prompt = prompt;
            }
          }, jsonBytes(piece))
        );
      steps.push(
        step(() => {
          for (const dropped of existing.dropped.filter((table) => table.deleted)) {
            const address = dropped.range.address;
            const table = sheet.tables.add(localAddress(address), true);
            table.name = dropped.name;
          }
          sheet.visibility = existing.visibility as Excel.SheetVisibility;
          if (existing.wasProtected) sheet.protection.protect(existing.protection);
        }, 300)
      );
    }
    steps.push(
      step(() => {
        for (const name of state.patchNames) {
          const old = state.oldNames.get(name.toLowerCase());
          const item = workbook.names.getItemOrNullObject(name);
          if (old === undefined) item.delete();
          else item.formula = old;
        }
      }, jsonBytes(state.patchNames))
    );
    for (const { name, proxy } of edited)
      if (proxy.protection.protected)
        steps.push(step(() => workbook.worksheets.getItem(name).protection.unprotect()));
    steps.push(...editSteps(context, state.editBlocks, "old", state.date1904));
    for (const { sheet, options } of state.reprotect)
      if (state.editedSheets.includes(sheet))
        steps.push(step(() => workbook.worksheets.getItem(sheet).protection.protect(options)));
    if (state.moves)
      steps.push(
        step(() =>
          [...state.oldSheets]
            .sort((a, b) => a.position - b.position)
            .forEach((sheet, position) => {
              workbook.worksheets.getItem(sheet.id).position = position;
            })
        )
      );
    await syncEach(context, packSteps(steps, state.payloadBudget));
  } catch {
    // The original error is what the user needs to see; the restore did what it could.
  }
}
