/**
 * The workbook host of the CLI (SPEC §8, §9): a plan workbook on disk. It reads its input with the low-memory
 * package reader and writes each patch as a patched copy of the input to its output (untouched parts copied as
 * they are), through a temporary file then a rename, so the output is the old file or the whole new one. It never
 * writes over its input, nor over an existing output without `force`. After a write the output is the workbook:
 * later reads (fix's re-validation) and writes start from it.
 *
 * Two cases still go through ExcelJS: a new workbook (no input: `generate`) and a patch with a tab order
 * (`upgrade`), which the package writer cannot rearrange.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import { WorkbookPatch } from "../../core/workbook/WorkbookPatch";
import { WorkbookSnapshot } from "../../core/workbook/WorkbookSnapshot";
import { OperationContext, throwIfCancelled } from "../../operations/OperationContext";
import { OperationError } from "../../operations/OperationError";
import { WorkbookHost } from "../../operations/WorkbookHost";
import { applyPatch } from "./applyPatch";
import { arrangeTabs } from "./arrangeTabs";
import { checkInputFile, checkOutputPath, systemErrorCode } from "./fileChecks";
import { readSnapshotFromBytes } from "./package/packageBytes";
import { relativeRelationshipTargets } from "./package/relativeRelationshipTargets";
import { refuseNonWorkbook } from "./refuseNonWorkbook";
import { writePatchedWorkbook, WriteStepHook } from "./package/writePatchedWorkbook";
import { workbookFromPatch, workbookToBuffer } from "./workbookFile";
import { writeFileAtomically } from "./writeFileAtomically";

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
};

const EMPTY_SNAPSHOT: WorkbookSnapshot = { sheets: [], tables: [], names: {} };

const firstLine = (error: unknown): string =>
  error instanceof Error ? error.message.split("\n")[0] : String(error);

export class FileHost implements WorkbookHost {
  readonly kind = "file" as const;
  /** The file that holds the workbook now: the input, then the output once written. */
  private current: string | null;
  private written = false;

  constructor(private readonly options: FileHostOptions) {
    this.current = options.input ?? null;
  }

  /** Refuses a bad output before any work is done, so a refusal costs nothing (the CLI calls it first). */
  async checkOutput(): Promise<void> {
    const { output, input, force = false, otherInputs = [] } = this.options;
    if (output === undefined) throw new OperationError("operation.noOutput");
    await checkOutputPath(output, {
      force: force || this.written,
      inputs: [...(input === undefined ? [] : [input]), ...otherInputs],
    });
  }

  async readSnapshot(context?: OperationContext): Promise<WorkbookSnapshot> {
    throwIfCancelled(context);
    const file = this.current;
    if (file === null) return EMPTY_SNAPSHOT;
    const bytes = await this.readInput(file);
    try {
      return await readSnapshotFromBytes(bytes);
    } catch (error) {
      throw new OperationError("operation.notXlsx", { path: file, detail: firstLine(error) });
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
    onStep("start");
    try {
      if (this.current === null || context?.tabOrder !== undefined) {
        const workbook =
          this.current === null
            ? await workbookFromPatch(patch)
            : await this.patchedWithExcelJs(patch);
        if (context?.tabOrder) arrangeTabs(workbook, context.tabOrder);
        onStep("serialise");
        await writeFileAtomically(output, await workbookToBuffer(workbook), onStep);
      } else {
        await writePatchedWorkbook(this.current, patch, output, { onStep });
      }
    } catch (error) {
      const code = systemErrorCode(error);
      if (code) throw new OperationError("operation.writeFailed", { path: output, detail: code });
      throw error;
    }
    this.current = output;
    this.written = true;
  }

  /** A host without a user interface has no selection. */
  async selectCell(): Promise<void> {
    return undefined;
  }

  /** The input's bytes, once a file that is not an .xlsx package has been refused with its own message. */
  private async readInput(file: string): Promise<Uint8Array> {
    await checkInputFile(file);
    const bytes = await fs.readFile(file).catch((error: unknown) => {
      throw new OperationError("operation.fileUnreadable", {
        path: file,
        detail: systemErrorCode(error) ?? String(error),
      });
    });
    refuseNonWorkbook(file, bytes);
    return bytes;
  }

  private async patchedWithExcelJs(patch: WorkbookPatch): Promise<ExcelJS.Workbook> {
    const bytes = await this.readInput(this.current as string);
    const workbook = new ExcelJS.Workbook();
    try {
      // ExcelJS cannot follow absolute relationship targets (openpyxl writes them): make them relative first.
      const readable = await relativeRelationshipTargets(bytes);
      // ExcelJS types predate Node 20 Buffer generics.
      await workbook.xlsx.load(readable as unknown as ExcelJS.Buffer);
    } catch (error) {
      throw new OperationError("operation.notXlsx", {
        path: this.current as string,
        detail: firstLine(error),
      });
    }
    await applyPatch(workbook, patch);
    return workbook;
  }
}
