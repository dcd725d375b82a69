/**
 * The open workbook through Office.js, as a `WorkbookHost` (SPEC §9). `run` is `Excel.run` in the pane and the
 * strict fake's `run` in tests; `isSetSupported` is `Office.context.requirements.isSetSupported` (injected likewise).
 * Reading takes three syncs plus one per ~4.5 MB of response (`readWorkbookSnapshot`, `readInBlocks`), writing a
 * patch two plus one per ~4.5 MB of request (`applyWorkbookPatch`: in place, so the user's own references stay
 * valid); neither grows with rows or areas beyond those bytes, and every request and response stays under Excel on
 * the web's 5 MB (`npm run bench -- --excel`). Every failure reaches the caller as a `HostError` with a message in
 * the user's language, after the workbook was put back as it was.
 */
import { WorkbookPatch } from "../../core/workbook/WorkbookPatch";
import { WorkbookSnapshot } from "../../core/workbook/WorkbookSnapshot";
import {
  OperationCancelled,
  OperationContext,
  throwIfCancelled,
} from "../../operations/OperationContext";
import { HostKind, WorkbookHost } from "../../operations/WorkbookHost";
import { applyWorkbookPatch } from "./applyWorkbookPatch";
import { ExcelRun } from "./ExcelContext";
import { HostError, hostErrorFrom } from "./HostError";
import { readWorkbookSnapshot } from "./readWorkbookSnapshot";
import {
  CHART_SET,
  IsSetSupported,
  PAGE_LAYOUT_SET,
  READ_SET,
  requireExcelApi,
  WRITE_SET,
} from "./requirementSets";

export type OfficeHostOptions = {
  run: ExcelRun;
  isSetSupported: IsSetSupported;
  /** Estimated bytes per request; the default keeps every request under Excel on the web's 5 MB. */
  payloadBudget?: number;
  /** Bytes per read response (default `RESPONSE_BUDGET`, under Excel on the web's 5 MB; used everywhere). */
  responseBudget?: number;
};

export class OfficeHost implements WorkbookHost {
  readonly kind: HostKind = "excel";
  private readonly run: ExcelRun;
  private readonly isSetSupported: IsSetSupported;
  private readonly payloadBudget: number | undefined;
  private readonly responseBudget: number | undefined;

  constructor(options: OfficeHostOptions) {
    this.run = options.run;
    this.isSetSupported = options.isSetSupported;
    this.payloadBudget = options.payloadBudget;
    this.responseBudget = options.responseBudget;
  }

  /** The host of the pane inside Excel (call after `Office.onReady`). */
  static forOffice(): OfficeHost {
    return new OfficeHost({
      run: (batch) => Excel.run((context) => batch(context)),
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    });
  }

  async readSnapshot(context?: OperationContext): Promise<WorkbookSnapshot> {
    requireExcelApi(this.isSetSupported, READ_SET);
    throwIfCancelled(context);
    try {
      return await this.run((excel) => readWorkbookSnapshot(excel, context, this.responseBudget));
    } catch (error) {
      if (error instanceof OperationCancelled) throw error;
      throw hostErrorFrom(error);
    }
  }

  async applyPatch(
    patch: WorkbookPatch,
    context?: OperationContext & { tabOrder?: string[] }
  ): Promise<void> {
    requireExcelApi(this.isSetSupported, WRITE_SET);
    throwIfCancelled(context);
    const pageLayout = this.isSetSupported("ExcelApi", PAGE_LAYOUT_SET);
    // Without CHART_SET the chart is left out; the figures it draws stay in the sheet's cells.
    const charts = this.isSetSupported("ExcelApi", CHART_SET);
    await this.run((excel) =>
      applyWorkbookPatch(excel, patch, {
        ...context,
        pageLayout,
        charts,
        payloadBudget: this.payloadBudget,
        responseBudget: this.responseBudget,
      })
    );
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
