import { Cell } from "./CellValue";
import { CellLink } from "./CellLink";

/**
 * What one sheet holds around its tables, as read: every cell outside the box that holds its tables that holds a
 * value or a formula, by A1 address, and the sheet's merged ranges (A1 ranges such as "Z8:Z9"). Read only where an operation must keep what users put around a table
 * (an upgrade rebuilds each area tab; an import, the tabs it fills from area files).
 */
export type SheetContents = {
  cells: Map<string, Cell>;
  merges: string[];
  /** Cells that carry a comment (a note), when the host reads them; rebuilding the sheet does not keep them. */
  comments?: string[];
  /**
   * Every link on the sheet, its tables' cells included (one cell each), from a host that reads links here rather
   * than with the snapshot (the Office host: reading a link per cell costs a response per ~5 MB, spent only on the
   * tabs an operation rebuilds). Used as the sheet's `SheetExtras.hyperlinks` when the snapshot has none
   * (`withContentLinks`).
   */
  hyperlinks?: CellLink[];
  /**
   * The formulas the sheet holds outside its cells — data validation, conditional formats, sparklines — in the order
   * the sheet holds them, when the host reads them (the package shell does): an upgrade moves their references into
   * a rebuilt tab as it moves cell formulas (`WorkbookPatch.ruleEdits`).
   */
  ruleFormulas?: string[];
};
