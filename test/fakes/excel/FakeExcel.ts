/**
 * A strict in-memory Excel for tests of the Office host (no maintained simulator exists, and `office-addin-mock`
 * neither throws on unloaded reads nor counts syncs — OFFICEJS.md). `run` stands in for `Excel.run`.
 *
 * Strictness: reading a property that was not loaded and synced throws `PropertyNotLoaded`; queued commands take
 * effect only at `sync()`, in order, and a failing command stops the batch with the commands before it applied (as
 * Excel does); 2-D arrays must match their range (`InvalidArgument`); protected sheets refuse writes to locked cells
 * and formats (`AccessDenied`); sheet, table and defined-name rules are Excel's; strings written through `values`
 * are typed in as Excel types them ("=…", "+…", "-…", "@…" become formulas). It counts syncs and the bytes of every
 * request and response, and fails on demand at the k-th sync.
 *
 * Excel on the web refuses a request or a response over 5 MB with `RichApi.Error` `RequestPayloadSizeLimitExceeded`
 * / `ResponsePayloadSizeLimitExceeded`
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization,
 * https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling). The fake
 * enforces both limits the same way, always (so desktop code is held to the web's limits too): bytes are the UTF-8
 * JSON of what travels — each command with its object path, plus one `Instantiate` action per object the request
 * touches, plus the request's envelope; a response is every loaded value as UTF-8 JSON. A refused request runs
 * nothing; a refused response ran its commands (the fake's assumption: Excel answers after executing) but delivers
 * no loaded value.
 *
 * Change events: `worksheets.onChanged` handlers get one event per cell write, after the request, while
 * `runtime.enableEvents` is on, with `triggerSource` "ThisLocalAddin" for the add-in's writes and "Unknown" for a
 * user's (`userEdit`). On the web a choice from a data-validation drop-down raises no event
 * (https://github.com/OfficeDev/office-js/issues/4066, https://github.com/OfficeDev/office-js/issues/3888).
 * An active registration during a large write produced internal errors even with events off
 * (https://github.com/OfficeDev/office-js/issues/539); the size is not known, so the fake counts every request that
 * writes cells while a handler is registered (`writesWhileWatched`) instead of failing it.
 */
import { ExcelContext, ExcelRun } from "../../../src/shells/office/ExcelContext";
import {
  ChangeApi,
  ChangeContext,
  ChangeRegistration,
} from "../../../src/shells/office/OfficeChanges";
import { parseAddress } from "./FakeRange";
import { FakeChangeRegistration } from "./FakeWorkbook";
import { officeError } from "./OfficeError";
import {
  FakeRequestContext,
  INSTANTIATE_BYTES,
  QueuedCommand,
  utf8Bytes,
} from "./FakeRequestContext";
import { SheetModel, WorkbookModel } from "./WorkbookModel";

export type SyncRecord = { requestBytes: number; responseBytes: number; commands: number };

export type FakeExcelOptions = {
  /** Largest request in bytes (Excel on the web: 5 MB). */
  payloadLimit?: number;
  /** Largest response in bytes (Excel on the web: 5 MB). */
  responseLimit?: number;
  /** The highest ExcelApi minor version this "Excel" supports (default 17). */
  apiVersion?: number;
  /** Where this "Excel" runs: the web (the default, the strictest) or desktop. */
  platform?: "web" | "desktop";
  /** A workbook in the 1904 date system (`WorkbookModel.date1904`). */
  date1904?: boolean;
};

/** Bytes of a request's envelope (headers of the batch) beside its commands. */
const REQUEST_ENVELOPE = 200;

export class FakeExcel {
  readonly model = new WorkbookModel();
  payloadLimit: number;
  responseLimit: number;
  apiVersion: number;
  readonly syncs: SyncRecord[] = [];
  readonly platform: "web" | "desktop";
  /** Requests that wrote cells while an `onChanged` handler was registered (office-js#539). */
  writesWhileWatched = 0;
  private failure: { at: number; afterFraction: number; code: string } | undefined;

  constructor(options: FakeExcelOptions = {}) {
    this.payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
    this.responseLimit = options.responseLimit ?? 5 * 1024 * 1024;
    this.apiVersion = options.apiVersion ?? 17;
    this.platform = options.platform ?? "web";
    this.model.date1904 = options.date1904 ?? false;
    this.model.addSheet("Sheet1");
  }

  /** `Excel.run`: the batch gets a fresh context; commands still queued when it returns are synced. */
  readonly run: ExcelRun = async <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this);
    const result = await batch(context);
    if (context.pendingCommands > 0) await context.sync();
    return result;
  };

  /** `Excel.run` and `Excel.run(registration.context, …)` for change events (`OfficeChanges`). */
  readonly changeApi: ChangeApi = {
    run: <T>(batch: (context: ChangeContext) => Promise<T>): Promise<T> =>
      this.run((context) => batch(context as FakeRequestContext)),
    runOn: async <T>(
      registration: ChangeRegistration,
      batch: (context: ChangeContext) => Promise<T>
    ): Promise<T> => {
      if (!(registration instanceof FakeChangeRegistration))
        throw officeError("InvalidArgument", "Not a registration of this Excel.");
      const result = await batch(registration.context);
      if (registration.context.pendingCommands > 0) await registration.context.sync();
      return result;
    },
    addinSource: "ThisLocalAddin",
  };

  /**
   * A user types `value` into `cell` of `sheet` (or picks it from a drop-down): written at once, as Excel types it,
   * and reported to `onChanged` handlers as "Unknown" — except a drop-down choice on the web (office-js#4066).
   */
  async userEdit(
    sheet: string,
    cell: string,
    value: string | number,
    how: { dropdown?: boolean } = {}
  ): Promise<void> {
    const model = this.sheet(sheet);
    const bounds = parseAddress(cell);
    const handlers = this.model.enableEvents ? [...this.model.changeHandlers] : [];
    this.model.triggerSource = "Unknown";
    try {
      this.model.writeCells(model, bounds, [[value]], "values");
    } finally {
      this.model.triggerSource = "ThisLocalAddin";
    }
    const events = this.model.raisedEvents.splice(0);
    if (how.dropdown && this.platform === "web") return;
    for (const event of events) for (const handler of handlers) await handler(event);
  }

  /** `Office.context.requirements.isSetSupported`. */
  readonly isSetSupported = (name: string, version?: string): boolean => {
    if (name !== "ExcelApi") return false;
    const minor = Number((version ?? "1.1").split(".")[1] ?? 0);
    return minor <= this.apiVersion;
  };

  /** Makes the `at`-th sync from now fail with `code` after a fraction of its commands ran (half by default). */
  failAtSync(at: number, afterFraction = 0.5, code = "GeneralException"): void {
    this.failure = { at: this.syncs.length + at, afterFraction, code };
  }

  /** Runs one request: called by `FakeRequestContext.sync()`. */
  execute(commands: QueuedCommand[], responseBytes: () => number): void {
    const paths = new Set(commands.map((command) => command.path));
    const requestBytes =
      REQUEST_ENVELOPE +
      commands.reduce((sum, command) => sum + utf8Bytes(command.wire) + 1, 0) +
      [...paths].reduce((sum, path) => sum + INSTANTIATE_BYTES + utf8Bytes(path), 0);
    const record: SyncRecord = { requestBytes, responseBytes: 0, commands: commands.length };
    this.syncs.push(record);
    const watched = this.model.changeHandlers.size > 0;
    const writesBefore = this.model.cellWrites;
    try {
      if (requestBytes > this.payloadLimit)
        throw officeError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size (${requestBytes} bytes) has exceeded the limit (${this.payloadLimit} bytes).`
        );
      const failing = this.failure?.at === this.syncs.length ? this.failure : undefined;
      const count = failing ? Math.floor(commands.length * failing.afterFraction) : commands.length;
      try {
        for (let i = 0; i < count; i++) commands[i].apply();
      } finally {
        record.responseBytes = responseBytes();
      }
      if (failing) {
        this.failure = undefined;
        throw officeError(failing.code, `Injected failure at sync ${this.syncs.length}.`);
      }
      if (record.responseBytes > this.responseLimit)
        throw officeError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size (${record.responseBytes} bytes) has exceeded the limit (${this.responseLimit} bytes).`
        );
    } finally {
      this.model.calculationSuspended = false;
      if (watched && this.model.cellWrites > writesBefore) this.writesWhileWatched++;
      this.deliverEvents();
    }
  }

  /** The events a request raised reach the handlers after it, asynchronously (as Office.js delivers them). */
  private deliverEvents(): void {
    const events = this.model.raisedEvents.splice(0);
    const handlers = [...this.model.changeHandlers];
    for (const event of events)
      for (const handler of handlers) setTimeout(() => void handler(event), 0);
  }

  resetCounters(): void {
    this.syncs.length = 0;
    this.failure = undefined;
  }

  get syncCount(): number {
    return this.syncs.length;
  }
  get totalRequestBytes(): number {
    return this.syncs.reduce((sum, sync) => sum + sync.requestBytes, 0);
  }
  get largestRequestBytes(): number {
    return this.syncs.reduce((max, sync) => Math.max(max, sync.requestBytes), 0);
  }
  get largestResponseBytes(): number {
    return this.syncs.reduce((max, sync) => Math.max(max, sync.responseBytes), 0);
  }
  get totalResponseBytes(): number {
    return this.syncs.reduce((sum, sync) => sum + sync.responseBytes, 0);
  }

  // ---- for assertions ----
  sheet(name: string): SheetModel {
    const sheet = this.model.sheetByKey(name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((sheet) => sheet.name);
  }

  /** A sheet's cells as "A1" → value or formula, for comparing states. */
  dump(name: string): Record<string, string | number | boolean> {
    const sheet = this.sheet(name);
    const cells: Record<string, string | number | boolean> = {};
    for (const [row, columns] of sheet.rows)
      for (const [column, cell] of columns) {
        if (cell.v === "" && cell.f === undefined) continue;
        let letters = "";
        for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
          letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
        cells[`${letters}${row + 1}`] = cell.f ?? cell.v;
      }
    return cells;
  }
}
