/**
 * What the pane needs of the in-browser workbook (src/shells/memory/MemoryHost) outside Office: the grid to show and
 * edit, and the .xlsx bytes in and out. Declared here so the pane is tested with a fake; MemoryHost satisfies it.
 */

/**
 * A cell as the grid shows it: a value; a date (its serial number); or a value the workbook's formula computes,
 * which the in-browser workbook cannot recalculate, so it comes from the core (`percent`: a fraction shown as %).
 */
export type GridValue =
  | string
  | number
  | boolean
  | null
  | { date: number }
  | { computed: string | number | null; percent?: boolean };

export interface BrowserWorkbook {
  /** Visible sheet names, in tab order. */
  sheets(): string[];
  /** The sheet's used range from A1, as values (a formula cell gives its value); [] for an empty sheet. */
  grid(sheet: string): GridValue[][];
  /**
   * What the user typed into a cell, as typed: the host stores it the way Excel set to `locale` (es-CO, en-US)
   * would store the same keystrokes (so "0,8" in an English workbook stays text, for validation to find).
   */
  editCell(sheet: string, cell: string, value: string, locale: string): void | Promise<void>;
  /** Replaces the workbook with a picked file (`name` for the message when it is not an .xlsx). */
  importBytes(bytes: Uint8Array, name: string): void | Promise<void>;
  /** True after an edit or an operation's write that was not downloaded since (an open or a download clears it). */
  hasUnsavedWork(): boolean;
  exportBytes(): Uint8Array | Promise<Uint8Array>;
  /**
   * Since the file was opened: whether a write rewrote it, which makes it a plain .xlsx whatever it was (an .xlsm,
   * a template), and whether that left out macros it held. The download is named and explained after this.
   */
  rewrites(): { rewritten: boolean; macrosDropped: boolean };
  /** Called when an operation (e.g. "go to cell") selects a cell; returns the unsubscribe function. */
  onSelection(listener: (sheet: string, cell: string) => void): () => void;
}
