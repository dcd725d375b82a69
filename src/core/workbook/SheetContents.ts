import { Cell } from "./CellValue";

/**
 * Everything one sheet holds, as read: every cell that holds a value or a formula, by A1 address, and its merged
 * ranges (A1 ranges such as "Z8:Z9"). Read only where an operation must keep what users put around a table
 * (an upgrade rebuilds each area tab).
 */
export type SheetContents = {
  cells: Map<string, Cell>;
  merges: string[];
  /** Cells that carry a comment (a note), when the host reads them; rebuilding the sheet does not keep them. */
  comments?: string[];
};
