/**
 * A spreadsheet as plain data, the input of `importSpreadsheet`: what a shell reads from an .xlsx (or any other
 * grid) before the core looks for a plan in it. Rows and columns are 1-based in `merges`; `rows[0]` is row 1.
 */

/** A cell's value: text, a number, a boolean, or null for an empty cell. Dates come as text (`2021-01-15`). */
export type SheetCellValue = string | number | boolean | null;

/** A merged range, 1-based and inclusive (`B8:B12` is top 8, left 2, bottom 12, right 2). */
export type MergedRange = { top: number; left: number; bottom: number; right: number };

export type SheetGrid = {
  name: string;
  /** Row by row from row 1; a row may be shorter than others (missing cells are empty). */
  rows: SheetCellValue[][];
  merges: MergedRange[];
};

/** The workbook's visible worksheets in tab order. */
export type SpreadsheetData = { sheets: SheetGrid[] };
