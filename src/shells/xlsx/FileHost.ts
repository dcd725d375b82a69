/**
 * The workbook host of the CLI (SPEC §8, §9): a plan workbook on disk. One reading of the input: its bytes read
 * once (a regular file, within the budget) and verified by the package reader; every later read and write starts
 * from those bytes, never from the path again (a file replaced meanwhile changes nothing). One writer: each patch
 * goes through the package layer, as in the browser host (`writePatchedBytes`: an empty package for `generate`, a
 * tab order for `upgrade`), and its bytes through `writeFileAtomically`. It never writes over its input, nor over
 * an existing output without `force`. After a write the output's bytes are the workbook: later reads (fix's
 * re-validation) and writes start from them.
 */
import { SheetContents } from "../../core/workbook/SheetContents";
import { WorkbookPatch } from "../../core/workbook/WorkbookPatch";
import { WorkbookSnapshot } from "../../core/workbook/WorkbookSnapshot";
import { OperationContext, throwIfCancelled } from "../../operations/OperationContext";
import { OperationError } from "../../operations/OperationError";
import { WorkbookHost } from "../../operations/WorkbookHost";
import { checkOutputPath, readInputBytes, systemErrorCode } from "./fileChecks";
import {
  readSheetContents,
  readSnapshotFromBytes,
  writePatchedParts,
} from "./package/packageBytes";
import { WriteStepHook } from "./package/write/patchPackage";
import { packageFault } from "./packageFault";
import { installZipCodec } from "./package/zip/ZipCodec";
import { joinBytes } from "./package/zip/joinBytes";
import { NODE_ZIP_CODEC } from "./nodeZipCodec";
import { refuseNonWorkbook } from "./refuseNonWorkbook";
import { writeFileAtomically } from "./writeFileAtomically";

// Files are (de)compressed by Node's zlib: 3–4× less CPU than fflate, which the browser hosts keep.
installZipCodec(NODE_ZIP_CODEC);

export type FileHostOptions = {
  /** The workbook to read; absent for a new workbook (`generate`). */
  input?: string;
  /** Where patches are written; absent for read-only commands. */
  output?: string;
  /** Write over an existing output. */
  force?: boolean;
  /** Other files the command reads (a template, imported area workbooks): the output is never one of them. */
  otherInputs?: string[];
  /** Called before each write step; a hook that throws aborts the write (tests inject failures with it). */
  onWriteStep?: WriteStepHook;
  /** Called when a write left out the input's macros (a .xlsm written as .xlsx): the command warns. */
  onMacrosDropped?: () => void;
};

const EMPTY_SNAPSHOT: WorkbookSnapshot = { sheets: [], tables: [], names: {} };

export class FileHost implements WorkbookHost {
  readonly kind = "file" as const;
  /**
   * The workbook's bytes now: the input's once read, then the output's once written (as the pieces written, joined
   * only if read again: a consolidation never is, and holds no second copy of its output); null before either.
   */
  private bytes: Uint8Array | Uint8Array[] | null = null;
  /** The file those bytes belong to (named in messages). */
  private current: string | null;
  private written = false;
  /** Whether a write left out the input's macros (a .xlsm written as .xlsx): the command says so. */
  macrosDropped = false;

  constructor(private readonly options: FileHostOptions) {
    this.current = options.input ?? null;
  }

  /** Refuses a bad output before any work is done, so a refusal costs nothing (the CLI calls it first). */
  async checkOutput(): Promise<void> {
    const { output, force = false } = this.options;
    if (output === undefined) throw new OperationError("operation.noOutput");
    await checkOutputPath(output, {
      force: force || this.written,
      inputs: this.inputs(),
      extension: ".xlsx",
    });
  }

  async readSnapshot(context?: OperationContext): Promise<WorkbookSnapshot> {
    throwIfCancelled(context);
    const bytes = await this.workbookBytes();
    if (bytes === null) return EMPTY_SNAPSHOT;
    try {
      return await readSnapshotFromBytes(bytes);
    } catch (error) {
      throw packageFault(error, this.current as string);
    }
  }

  async readSheetContents(
    sheets: string[],
    context?: OperationContext
  ): Promise<Map<string, SheetContents>> {
    throwIfCancelled(context);
    const bytes = await this.workbookBytes();
    if (bytes === null) return new Map();
    try {
      return await readSheetContents(bytes, sheets);
    } catch (error) {
      throw packageFault(error, this.current as string);
    }
  }

  async applyPatch(
    patch: WorkbookPatch,
    context?: OperationContext & { tabOrder?: string[] }
  ): Promise<void> {
    await this.checkOutput();
    const output = this.options.output as string;
    const onStep: WriteStepHook = (step) => {
      throwIfCancelled(context);
      this.options.onWriteStep?.(step);
    };
    const input = await this.workbookBytes();
    onStep("start");
    let next: Uint8Array[];
    try {
      next = await writePatchedParts(input, patch, {
        onStep,
        tabOrder: context?.tabOrder,
        onMacrosDropped: () => {
          this.macrosDropped = true;
          this.options.onMacrosDropped?.();
        },
      });
    } catch (error) {
      throw packageFault(error, this.current ?? output, false);
    }
    try {
      await writeFileAtomically(output, next, {
        onStep,
        force: this.options.force === true || this.written,
        inputs: this.inputs(),
      });
    } catch (error) {
      const code = systemErrorCode(error);
      if (code) throw new OperationError("operation.writeFailed", { path: output, detail: code });
      throw error;
    }
    this.bytes = next;
    this.current = output;
    this.written = true;
  }

  /** A host without a user interface has no selection. */
  async selectCell(): Promise<void> {
    return undefined;
  }

  private inputs(): string[] {
    const { input, otherInputs = [] } = this.options;
    return [...(input === undefined ? [] : [input]), ...otherInputs];
  }

  /** The workbook's bytes, read from the input the first time (a file that is not an .xlsx package refused). */
  private async workbookBytes(): Promise<Uint8Array | null> {
    if (Array.isArray(this.bytes)) this.bytes = joinBytes(this.bytes);
    if (this.bytes !== null || this.current === null) return this.bytes;
    const bytes = await readInputBytes(this.current);
    refuseNonWorkbook(this.current, bytes);
    this.bytes = bytes;
    return bytes;
  }
}
