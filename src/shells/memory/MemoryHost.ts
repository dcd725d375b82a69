/**
 * The in-browser workbook (SPEC §9): the pane outside Office runs its operations on a workbook held as `.xlsx`
 * bytes. Reading is the package reader on those bytes; a patch makes new bytes that replace the old ones only when
 * the whole write succeeded and was not cancelled, so a failure or a cancel leaves the workbook byte for byte as it
 * was. The user imports a file, edits cells in the pane's grid, and downloads the bytes. The last snapshot read is
 * kept with the bytes it was read from: read again only after a write, and after a cell edit only the edited sheet
 * is (`spliceSheets`).
 */
import { Cell } from "../../core/workbook/CellValue";
import { SheetContents } from "../../core/workbook/SheetContents";
import { CellInput, WorkbookPatch } from "../../core/workbook/WorkbookPatch";
import { SheetVisibility, WorkbookSnapshot } from "../../core/workbook/WorkbookSnapshot";
import { spliceSheets } from "../../core/workbook/spliceSheets";
import { OperationContext, throwIfCancelled } from "../../operations/OperationContext";
import { OperationError } from "../../operations/OperationError";
import { WorkbookHost } from "../../operations/WorkbookHost";
import { packageFault } from "../xlsx/packageFault";
import { packageLayer } from "./packageLayer";

export type CellSelection = { sheet: string; cell: string };

export type SheetGrid = { rows: number; columns: number; cells: Map<string, Cell> };

const EMPTY_SNAPSHOT: WorkbookSnapshot = { sheets: [], tables: [], names: {} };

/**
 * The last snapshot read and the bytes it was read from; `edited`: the sheets (as the snapshot names them) whose
 * cells were edited since, in those bytes — read again and spliced in by the next `readSnapshot`.
 */
type KeptSnapshot = { bytes: Uint8Array; snapshot: WorkbookSnapshot; edited: ReadonlySet<string> };

export class MemoryHost implements WorkbookHost {
  readonly kind = "memory" as const;
  private bytes: Uint8Array | null;
  private selected: CellSelection | null = null;
  private readonly selectionListeners = new Set<(selection: CellSelection) => void>();
  private readonly changeListeners = new Set<() => void>();
  /**
   * Since the workbook was opened: a write made it a plain .xlsx (`rewritten`: an .xlsm's or a template's content type
   * is not kept) and left out the macros it held (`macrosDropped`). The pane names the download after this.
   */
  private written: { rewritten: boolean; macrosDropped: boolean } = {
    rewritten: false,
    macrosDropped: false,
  };
  /**
   * Given to every reader as it is (the core never writes a snapshot: `WorkbookSnapshot`); any write but a cell edit
   * drops it, and a snapshot is only ever given for the bytes it was read from.
   */
  private kept: KeptSnapshot | null = null;
  /** Writes run one after another, each on the bytes the previous one left (two quick edits both land). */
  private writes: Promise<unknown> = Promise.resolve();

  /** Starts empty (the pane's "new plan"), or with the bytes of a workbook already checked. */
  constructor(bytes: Uint8Array | null = null) {
    this.bytes = bytes;
  }

  /** Replaces the workbook with an `.xlsx` file's bytes; a file that is not one is refused and nothing changes. */
  importBytes(bytes: Uint8Array, name = ""): Promise<void> {
    return this.serially(async () => {
      // With the package layer's chunk: the pane's first, empty workbook needs neither the zip reader nor fflate.
      const { refuseNonWorkbook } = await import(
        /* webpackChunkName: "package" */ "../xlsx/refuseNonWorkbook"
      );
      refuseNonWorkbook(name, bytes);
      const { listSheets } = await packageLayer();
      try {
        await listSheets(bytes);
      } catch (error) {
        throw packageFault(error, name);
      }
      this.bytes = bytes.slice();
      this.kept = null;
      this.written = { rewritten: false, macrosDropped: false };
      this.selected = null;
      this.changed();
    });
  }

  /** The workbook as an `.xlsx` file, for the pane's download (a copy: the caller cannot alter the workbook). */
  exportBytes(): Uint8Array {
    if (this.bytes === null) throw new OperationError("operation.noWorkbook");
    return this.bytes.slice();
  }

  /** What the writes since the workbook was opened did to its kind of file (see `written`). */
  rewrites(): { rewritten: boolean; macrosDropped: boolean } {
    return { ...this.written };
  }

  hasWorkbook(): boolean {
    return this.bytes !== null;
  }

  async sheets(): Promise<{ name: string; visibility: SheetVisibility }[]> {
    if (this.bytes === null) return [];
    const { listSheets } = await packageLayer();
    return listSheets(this.bytes);
  }

  /** Every cell of one sheet, keyed by A1 address, for the pane's grid. */
  async grid(sheet: string): Promise<SheetGrid> {
    if (this.bytes === null) throw new OperationError("operation.noWorkbook");
    const { listSheets, readSheetGrid } = await packageLayer();
    const known = (await listSheets(this.bytes)).some((candidate) => candidate.name === sheet);
    if (!known) throw new OperationError("operation.noSheet", { sheet });
    return readSheetGrid(this.bytes, sheet);
  }

  /** What the user typed into the grid, through a patch like any other write (text stays text). */
  async editCell(sheet: string, cell: string, value: CellInput): Promise<void> {
    await this.write({ sheets: [], definedNames: [], edits: [{ sheet, cell, value }] }, {}, sheet);
  }

  get selection(): CellSelection | null {
    return this.selected;
  }

  /** The pane's grid listens to show the selected cell; returns the unsubscribe function. */
  onSelect(listener: (selection: CellSelection) => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  /** Called after every successful write or import (the grid reloads); returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** The kept snapshot when the bytes are those it was read from; its edited sheets read again and spliced in. */
  async readSnapshot(context?: OperationContext): Promise<WorkbookSnapshot> {
    throwIfCancelled(context);
    const bytes = this.bytes;
    if (bytes === null) return EMPTY_SNAPSHOT;
    const kept = this.kept?.bytes === bytes ? this.kept : null;
    if (kept && kept.edited.size === 0) return kept.snapshot;
    const { readSnapshotFromBytes } = await packageLayer();
    let snapshot: WorkbookSnapshot;
    try {
      snapshot = kept
        ? spliceSheets(
            kept.snapshot,
            await readSnapshotFromBytes(bytes, { sheets: kept.edited }),
            kept.edited
          )
        : await readSnapshotFromBytes(bytes);
    } catch (error) {
      throw packageFault(error, "");
    }
    // A write that landed meanwhile made other bytes: what they keep, if anything, stays.
    if (this.bytes === bytes) this.kept = { bytes, snapshot, edited: new Set() };
    return snapshot;
  }

  async readSheetContents(
    sheets: string[],
    context?: OperationContext
  ): Promise<Map<string, SheetContents>> {
    throwIfCancelled(context);
    const bytes = this.bytes;
    if (bytes === null) throw new OperationError("operation.noWorkbook");
    const { readSheetContents } = await packageLayer();
    try {
      return await readSheetContents(bytes, sheets);
    } catch (error) {
      throw packageFault(error, "");
    }
  }

  applyPatch(
    patch: WorkbookPatch,
    context?: OperationContext & { tabOrder?: string[] }
  ): Promise<void> {
    return this.write(patch, context);
  }

  /**
   * The bytes with the patch applied, in place of the old ones once the write succeeded. The kept snapshot goes,
   * unless the patch is a cell edit on `edited` (`editCell`): then only that sheet is to be read again.
   */
  private write(
    patch: WorkbookPatch,
    context?: OperationContext & { tabOrder?: string[] },
    edited?: string
  ): Promise<void> {
    return this.serially(async () => {
      throwIfCancelled(context);
      const { writePatchedBytes } = await packageLayer();
      let macrosDropped = false;
      const next = await writePatchedBytes(this.bytes, patch, {
        onStep: () => throwIfCancelled(context),
        tabOrder: context?.tabOrder,
        onMacrosDropped: () => {
          macrosDropped = true;
        },
      });
      throwIfCancelled(context);
      this.kept = this.keptAfterEdit(this.bytes, next, edited);
      this.bytes = next;
      this.written = {
        rewritten: true,
        macrosDropped: this.written.macrosDropped || macrosDropped,
      };
      this.changed();
    });
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selected = { sheet, cell };
    for (const listener of this.selectionListeners) listener(this.selected);
  }

  /**
   * The kept snapshot carried to `next`, the bytes a cell edit on `edited` made from `before`; null after any other
   * write, when the snapshot kept is not that of `before`, or when `edited` is none of its worksheets.
   */
  private keptAfterEdit(
    before: Uint8Array | null,
    next: Uint8Array,
    edited: string | undefined
  ): KeptSnapshot | null {
    const kept = this.kept;
    if (edited === undefined || kept === null || kept.bytes !== before) return null;
    // The writer finds an edit's sheet ignoring case, as Excel compares tab names.
    const sheet = kept.snapshot.sheets.find(
      (candidate) => candidate.name.toLowerCase() === edited.toLowerCase()
    );
    if (!sheet) return null;
    return { bytes: next, snapshot: kept.snapshot, edited: new Set([...kept.edited, sheet.name]) };
  }

  private serially<T>(write: () => Promise<T>): Promise<T> {
    const result = this.writes.then(write);
    this.writes = result.catch(() => undefined);
    return result;
  }

  private changed(): void {
    for (const listener of this.changeListeners) listener();
  }
}
