/**
 * What the pane needs of the in-browser workbook (src/shells/memory/MemoryHost) outside Office: the grid to show and
 * edit, and the .xlsx bytes in and out. Declared here so the pane is tested with a fake; MemoryHost satisfies it.
 */
export type GridValue = string | number | boolean | null;

export interface BrowserWorkbook {
  /** Visible sheet names, in tab order. */
  sheets(): string[];
  /** The sheet's used range from A1, as values (a formula cell gives its value); [] for an empty sheet. */
  grid(sheet: string): GridValue[][];
  /**
   * What the user typed into a cell, as typed: the host stores it the way Excel would store the same keystrokes
   * (so "0,8" in an English workbook stays text, for validation to find).
   */
  editCell(sheet: string, cell: string, value: string): void | Promise<void>;
  importBytes(bytes: Uint8Array): void | Promise<void>;
  exportBytes(): Uint8Array | Promise<Uint8Array>;
  /** Called when an operation (e.g. "go to cell") selects a cell; returns the unsubscribe function. */
  onSelection(listener: (sheet: string, cell: string) => void): () => void;
}
