/**
 * The small interface every operation runs over (SPEC §9): a file on disk (CLI), the open workbook through
 * Office.js (the pane inside Excel), an in-browser workbook (the pane outside Office). A host only reads and
 * writes; it decides nothing. The same snapshot in gives the same result out, whichever host it came from.
 */
import { SheetContents } from "../core/workbook/SheetContents";
import { WorkbookPatch } from "../core/workbook/WorkbookPatch";
import { WorkbookSnapshot } from "../core/workbook/WorkbookSnapshot";
import { OperationContext } from "./OperationContext";

export type HostKind = "file" | "excel" | "memory";

export interface WorkbookHost {
  readonly kind: HostKind;
  /**
   * What the core needs of the workbook: every table, the single-cell workbook names, the stored template JSON.
   * In Excel, a constant number of `context.sync()` calls whatever the number of rows or areas.
   */
  readSnapshot(context?: OperationContext): Promise<WorkbookSnapshot>;
  /**
   * Writes a patch, all or nothing: the patch's sheets are built aside and swapped in at the end (a sheet of the same
   * name is replaced and keeps its tab position), then its names, then its cell edits. A failure at any step (or a
   * cancel) leaves the workbook as it was. `tabOrder`, when given, is the order of the named tabs afterwards.
   */
  applyPatch(
    patch: WorkbookPatch,
    context?: OperationContext & { tabOrder?: string[] }
  ): Promise<void>;
  /**
   * The cells around the tables of each named sheet that hold something, and its merged ranges, by sheet name as
   * given (`SheetContents`): what users put around an area table, which an upgrade or an import carries to the rebuilt tab. In Excel, three syncs whatever the
   * number of sheets, and one more per ~4.8 MB of response beyond the first. A host may leave merged ranges out
   * (the Office host does), and give a sheet without tables as its formula cells alone, without their results (the
   * Office host does: an upgrade reads a user's own sheet only for the formulas it moves); a host that leaves the
   * method out gets its area tabs rebuilt from their tables alone. A host whose snapshot has no links may give a
   * sheet's links here (`SheetContents.hyperlinks`: the Office host does, for the sheets with tables).
   */
  readSheetContents?(
    sheets: string[],
    context?: OperationContext
  ): Promise<Map<string, SheetContents>>;
  /** Selects a cell for the user (the pane's "go to cell"); hosts without a user interface do nothing. */
  selectCell(sheet: string, cell: string): Promise<void>;
}
