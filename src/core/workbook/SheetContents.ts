import { Cell } from "./CellValue";

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
};
