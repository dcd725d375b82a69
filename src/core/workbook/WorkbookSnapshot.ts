import { ChartReferences } from "./ChartReferences";
import { ScopedName } from "./ScopedName";
import { Cell } from "./CellValue";
import { Rect } from "./rectsAround";
import { SheetContents } from "./SheetContents";
import { SheetExtras } from "./SheetExtras";

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** One Excel table as read: identified by its name, never by its tab's name or position. */
export type TableSnapshot = {
  /** Table name, e.g. `T_DJ`. */
  name: string;
  /** Name of the sheet that holds it (users rename tabs; this is only for messages and addresses). */
  sheet: string;
  /**
   * 1-based Excel row of the header row; when the header row is hidden (`headerRowHidden`), the row above the
   * first data row, which is not the table's (0 for a table starting at row 1).
   */
  headerRow: number;
  /** 1-based column index of the table's first column. */
  firstColumn: number;
  /**
   * Column headers (trimmed): the header cells, or the table's column names where the header row is hidden (and,
   * in a file, where a header cell is blank: the name the table part keeps).
   */
  headers: string[];
  /**
   * Excel's Table Design › Header Row is unchecked (`headerRowCount="0"`, `Table.showHeaders` false): the table's
   * range starts at its first data row and no header cell is on the sheet (row `headerRow` is an ordinary row).
   */
  headerRowHidden?: boolean;
  /** Data rows; `rows[i]` is Excel row `headerRow + 1 + i`, `rows[i][j]` is column `firstColumn + j`. */
  rows: Cell[][];
  /**
   * Excel's Total Row ("Fila de totales") is shown right below `rows`; it is never one of them. A write that rebuilds
   * the table must keep it or refuse.
   */
  totalsRow?: boolean;
  /**
   * Cells holding a value or a formula below the table (under its Total Row, if any), within its columns, from the
   * row right below it down to the sheet's last row (or to the row above the next table below, in those columns):
   * the smallest rectangle holding them, 1-based. A row typed under a table that did not grow is not one of its rows:
   * nothing reads it. Absent when there are none (`regionBelowTable` is the region looked at, for every host).
   */
  filledBelow?: Rect;
};

/** What the core needs to know of a workbook: read by a shell in one pass, never written by the core. */
export type WorkbookSnapshot = {
  /**
   * `extras`: what the sheet holds that a rebuilt tab does not carry, when the host read it and there is some.
   * `outside`: what the sheet holds around its tables, read only for an area file returned by email
   * (`withOutsideCells`), whose import carries it to the area's tab.
   */
  sheets: {
    name: string;
    visibility: SheetVisibility;
    extras?: SheetExtras;
    outside?: SheetContents;
  }[];
  tables: TableSnapshot[];
  /** Single-cell workbook names (`Corte`, `UmbralVerde`, …) with their current values. */
  names: Record<string, Cell>;
  /**
   * Every workbook-level name as written (`refersTo` without "="), Excel's own (`_xlnm.Print_Area`, …) and names
   * scoped to one sheet left out, when the host reads them: an upgrade moves the references of users' names into
   * a rebuilt tab (`movedFormulas`).
   */
  definedNames?: { name: string; refersTo: string }[];
  /**
   * Names scoped to one sheet that users defined (Excel's own `_xlnm.` names left out), when the host reads them (the
   * package shell does): an upgrade moves their references and carries those of the tabs it rebuilds.
   */
  scopedNames?: ScopedName[];
  /** The template JSON stored in the workbook's very hidden sheet, when present. */
  templateJson?: string;
  /**
   * The charts drawn on the workbook's sheets with their series' references, when the host reads them (the package
   * shell does; Office.js gives a series' source only from ExcelApi 1.15): an upgrade moves those into a rebuilt tab.
   */
  charts?: ChartReferences[];
};
