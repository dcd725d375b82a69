/**
 * A link on a cell (Excel's Insert › Link), as data: to a web page or a document outside the workbook (`target`,
 * such as the SharePoint address of an evidence file), to a place in the workbook (`location`, such as
 * "'Configuración'!B6"), or to a place within the target. As read, `ref` is the cell (A1) or the range of cells the
 * link covers; in a patch it is one cell.
 */
export type CellLink = {
  ref: string;
  /** The address outside the workbook, as the file holds it (a URL, a file path). */
  target?: string;
  /** A place in the workbook, or within `target`. */
  location?: string;
  /** The text Excel shows when the pointer rests on the cell. */
  tooltip?: string;
  /** The text the link was given to display. */
  display?: string;
};
