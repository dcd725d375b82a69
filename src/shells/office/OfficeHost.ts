/**
 * The open workbook through Office.js, as a `WorkbookHost` (SPEC §9). `run` is `Excel.run` in the pane and the
 * strict fake's `run` in tests; `isSetSupported` is `Office.context.requirements.isSetSupported` (injected likewise).
 * Reading takes three syncs plus one per ~4.8 MB of response (`readWorkbookSnapshot`, `readInBlocks`), writing a
 * patch two plus one per ~4.5 MB of request (`applyWorkbookPatch`: in place, so the user's own references stay
 * valid); neither grows with rows or areas beyond those bytes, and every request and response stays under Excel on
 * the web's 5 MB (`npm run bench -- --excel`). Every failure reaches the caller as a `HostError` with a message in
 * the user's language, after the workbook was put back as it was. Requirement sets: the manifest's minimum before
 * every call, `Table.resize`'s where a write resizes a table (`requirementSets.ts`). With `changes`, the user's
 * edits are watched (`watchUserEdits`) and the registration is removed while the host writes (`OfficeChanges`).
 * Dates are read and written in the workbook's own date system (1900 or 1904, `dateSystem.ts`); the links on the tabs
 * an operation rebuilds are read with their contents and the carried ones written back (`readSheetContents`,
 * `sheetSteps`).
 */
import { CellLink } from "../../core/workbook/CellLink";
import { SheetContents } from "../../core/workbook/SheetContents";
import { WorkbookPatch } from "../../core/workbook/WorkbookPatch";
import { WorkbookSnapshot } from "../../core/workbook/WorkbookSnapshot";
import {
  OperationCancelled,
  OperationContext,
  throwIfCancelled,
} from "../../operations/OperationContext";
import { HostKind, WorkbookHost } from "../../operations/WorkbookHost";
import { applyWorkbookPatch } from "./applyWorkbookPatch";
import { KnownSize } from "./backupBytes";
import { ExcelRun } from "./ExcelContext";
import { HostError, hostErrorFrom } from "./HostError";
import { officeChangeApi, OfficeChanges } from "./OfficeChanges";
import { readSheetContents } from "./readSheetContents";
import { readWorkbookSnapshot } from "./readWorkbookSnapshot";
import { IsSetSupported, MANIFEST_MINIMUM, requireSet, TABLE_RESIZE } from "./requirementSets";

export type OfficeHostOptions = {
  run: ExcelRun;
  isSetSupported: IsSetSupported;
  /** Estimated bytes per request; the default keeps every request under Excel on the web's 5 MB. */
  payloadBudget?: number;
  /** Bytes per read response (default `RESPONSE_BUDGET`, under Excel on the web's 5 MB; used everywhere). */
  responseBudget?: number;
  /** The user's edits: unregistered while the host writes, so its own writes never count as edits. */
  changes?: OfficeChanges;
};

export class OfficeHost implements WorkbookHost {
  readonly kind: HostKind = "excel";
  private readonly run: ExcelRun;
  private readonly isSetSupported: IsSetSupported;
  private readonly payloadBudget: number | undefined;
  private readonly responseBudget: number | undefined;
  private readonly changes: OfficeChanges | undefined;
  /** What each sheet's tables weighed at the last read: part of the write's estimate of its back-up. */
  private sheetSizes = new Map<string, KnownSize>();
  /**
   * The links of the sheets whose contents the current operation read (`readSheetContents`), by lower-case name: its
   * write's restore puts them back should the write fail.
   */
  private sheetLinks = new Map<string, CellLink[]>();

  constructor(options: OfficeHostOptions) {
    this.run = options.run;
    this.changes = options.changes;
    this.isSetSupported = options.isSetSupported;
    this.payloadBudget = options.payloadBudget;
    this.responseBudget = options.responseBudget;
  }

  /** The host of the pane inside Excel (call after `Office.onReady`). */
  static forOffice(): OfficeHost {
    return new OfficeHost({
      run: (batch) => Excel.run((context) => batch(context)),
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
      changes: new OfficeChanges(officeChangeApi()),
    });
  }

  /**
   * Calls `listener` after each of the user's edits (never the host's own writes); returns the unsubscribe function.
   * Without `changes` (tests that do not watch) nothing is ever reported.
   */
  watchUserEdits(listener: () => void): () => void {
    return this.changes ? this.changes.watch(listener) : () => undefined;
  }

  async readSnapshot(context?: OperationContext): Promise<WorkbookSnapshot> {
    requireSet(this.isSetSupported, MANIFEST_MINIMUM);
    throwIfCancelled(context);
    try {
      const sheetSizes = new Map<string, KnownSize>();
      const snapshot = await this.run((excel) =>
        readWorkbookSnapshot(excel, context, this.responseBudget, sheetSizes)
      );
      this.sheetSizes = sheetSizes;
      // An operation starts with this read: links read for an earlier one may have changed since.
      this.sheetLinks = new Map();
      return snapshot;
    } catch (error) {
      if (error instanceof OperationCancelled) throw error;
      throw hostErrorFrom(error);
    }
  }

  /**
   * What users put around the tables of each sheet (`readSheetContents`): values and formulas, no merged ranges; a
   * sheet without tables as its formula cells alone; in blocks under the response budget.
   */
  async readSheetContents(
    sheets: string[],
    context?: OperationContext
  ): Promise<Map<string, SheetContents>> {
    requireSet(this.isSetSupported, MANIFEST_MINIMUM);
    throwIfCancelled(context);
    try {
      const contents = await this.run((excel) =>
        readSheetContents(excel, sheets, this.responseBudget, context)
      );
      // Kept for the write that follows: should it fail, its restore puts these links back (`knownLinks`).
      this.sheetLinks = new Map(
        [...contents].map(([sheet, read]) => [sheet.toLowerCase(), read.hyperlinks ?? []])
      );
      return contents;
    } catch (error) {
      if (error instanceof OperationCancelled) throw error;
      throw hostErrorFrom(error);
    }
  }

  async applyPatch(
    patch: WorkbookPatch,
    context?: OperationContext & { tabOrder?: string[] }
  ): Promise<void> {
    requireSet(this.isSetSupported, MANIFEST_MINIMUM);
    throwIfCancelled(context);
    // Table.resize (ExcelApi 1.13) is checked where a write would resize an existing table, before anything is written.
    const tableResize = this.isSetSupported(TABLE_RESIZE.set, TABLE_RESIZE.version);
    // The links read for this write, used once: a later write reads its own.
    const knownLinks = this.sheetLinks;
    this.sheetLinks = new Map();
    const write = () =>
      this.run((excel) =>
        applyWorkbookPatch(excel, patch, {
          ...context,
          pageLayout: true,
          tableResize,
          payloadBudget: this.payloadBudget,
          responseBudget: this.responseBudget,
          knownSizes: this.sheetSizes,
          knownLinks,
        })
      );
    await (this.changes ? this.changes.whileWriting(write) : write());
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    try {
      await this.run(async (excel) => {
        const target = excel.workbook.worksheets.getItem(sheet);
        target.activate();
        target.getRange(cell).select();
        await excel.sync();
      });
    } catch (error) {
      throw error instanceof HostError ? error : hostErrorFrom(error);
    }
  }
}
