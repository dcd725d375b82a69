/**
 * What to write into a workbook, as data. The core builds it; each workbook shell (the package writer for
 * files and the in-browser workbook, Office.js inside Excel) applies it without deciding anything, so a file test speaks for Excel too.
 * Addresses are A1 strings; rows and columns in `CellBlock` are 1-based.
 */
import { ChartEdit } from "./ChartReferences";
import { ScopedName } from "./ScopedName";
import { CellLink } from "./CellLink";
import { ErrorConstant } from "./errorConstants";
import { TableRows } from "./TableRows";
import { SheetVisibility } from "./WorkbookSnapshot";

/**
 * A value to write. A plain string is always literal text, even when it starts with "=", "+", "-" or "@":
 * shells must write it so that it is never evaluated. Formulas are explicit and carry no leading "=".
 */
export type CellInput =
  | null
  | string
  | number
  | boolean
  /**
   * `result`: the value the formula last gave, when it is carried from a cell that had one (an import, an upgrade):
   * written beside it, so that a reader without a formula engine — plan-matrix itself, the next step of the same
   * run — reads that value rather than a formula nobody calculated. Excel and LibreOffice recalculate it on open.
   */
  | { formula: string; result?: number | string | boolean }
  /**
   * A date as an Excel serial number; shells write the number and rely on the range's number format (a layout that
   * puts a date where its column has no date format gives that cell a date format of its own).
   */
  | { date: number }
  /** An error value, written as a constant (`t="e"` in a package; typed through `Range.formulas` in Excel). */
  | { error: ErrorConstant };

export type Color = string; // "RRGGBB"

export type CellStyle = {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: Color;
  fill?: Color;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  /** Cell protection; effective only when the sheet is protected. */
  locked?: boolean;
};

/** One rectangular 2-D write. */
export type CellBlock = {
  row: number;
  column: number;
  values: CellInput[][];
};

export type StyledRange = { range: string; style: CellStyle };

export type TablePatch = {
  name: string;
  /** Top-left cell of the header row. */
  topLeft: string;
  headers: string[];
  /** An array, or rows made one at a time when written (`RowsByIndex`: `Matriz`). */
  rows: TableRows;
  style: string;
};

export type DataValidationPatch = {
  range: string;
  rule:
    | { kind: "list"; source: string /* a formula such as "Lista_Unidad" (no "=") */ }
    | {
        kind: "decimal";
        operator: "greaterThanOrEqual" | "greaterThan" | "between";
        min: number;
        max?: number;
      }
    | { kind: "date"; min: number; max: number /* serials */ }
    | { kind: "textLength"; max: number };
  /** Shown when the user types something the rule rejects. */
  error: { title: string; message: string };
  prompt?: { title: string; message: string };
};

export type ConditionalFormatPatch = {
  range: string;
  rules: (
    | {
        kind: "expression";
        formula: string;
        /** `numberFormat` too: shells that cannot write it in a conditional format ignore it. */
        style: Pick<CellStyle, "fill" | "fontColor" | "bold" | "numberFormat">;
      }
    | { kind: "dataBar"; color: Color }
    /** Three-colour scale: `colors[i]` at the number `points[i]`. */
    | { kind: "colorScale"; colors: [Color, Color, Color]; points: [number, number, number] }
  )[];
};

export type SheetProtectionPatch = {
  /** Allowed operations on the protected sheet. */
  allow: (
    | "selectLockedCells"
    | "selectUnlockedCells"
    | "formatColumns"
    | "formatRows"
    | "insertRows"
    | "sort"
    | "autoFilter"
  )[];
};

export type PageSetupPatch = {
  orientation: "portrait" | "landscape";
  fitToWidth: boolean;
  /** With `fitToWidth`: how many pages wide (default 1); height is never forced. */
  pagesWide?: number;
  printArea?: string;
  /** Rows repeated at the top of every printed page, e.g. "1:3". */
  printTitleRows?: string;
  /** Columns repeated at the left of every printed page, e.g. "A:B" (the row's ID, so a page to the right is read). */
  printTitleColumns?: string;
  /** Excel's "Narrow" margins (0.25" left and right) instead of the normal ones; for wide tables. */
  margins?: "narrow";
};

/** One series of a chart: bars, or a line drawn across them (e.g. a threshold). */
export type ChartSeriesPatch = {
  name: string;
  kind: "bar" | "line";
  /**
   * The values: an absolute range (e.g. "'Tablero'!$C$4:$C$20") with the numbers it holds now, written as the
   * chart's cache so a reader that does not recalculate still draws them; without `ref`, literal numbers.
   */
  values: { ref?: string; cache: (number | null)[] };
  color: Color;
  /** Per data point, a colour overriding `color` (null keeps it): bars coloured by semáforo band. */
  pointColors?: (Color | null)[];
  /** Show each point's value on the chart, in the value axis's number format. */
  dataLabels?: boolean;
};

/** A chart drawn over a sheet: one category axis, one value axis, bar series and optional line series. */
export type ChartPatch = {
  title: string;
  /** Top-left and bottom-right cells the chart covers (A1), e.g. "A30" and "F52". */
  from: string;
  to: string;
  /** Bars vertical ("column") or horizontal ("bar"). */
  direction: "column" | "bar";
  categories: { ref?: string; cache: string[] };
  series: ChartSeriesPatch[];
  valueAxis: { min?: number; max?: number; numberFormat: string };
};

export type SheetPatch = {
  name: string;
  visibility: SheetVisibility;
  tabColor?: Color;
  columnWidths?: number[];
  /** Row heights in points, for rows whose wrapped text would otherwise hide (1-based rows). */
  rowHeights?: { row: number; height: number }[];
  /** Printed pages break before these rows (1-based), e.g. so a table starts on a page under its own header. */
  pageBreaksBefore?: number[];
  blocks: CellBlock[];
  styles: StyledRange[];
  merges: string[];
  tables: TablePatch[];
  validations: DataValidationPatch[];
  conditionalFormats: ConditionalFormatPatch[];
  freeze?: { rows: number; columns: number };
  protection?: SheetProtectionPatch;
  pageSetup?: PageSetupPatch;
  /** Charts over the sheet; a shell that cannot write charts leaves them out (the data stays in cells). */
  charts?: ChartPatch[];
  /**
   * Links on cells (`ref` one cell each), carried from the tab a rebuilt sheet replaces (`carryLinks`). A shell that
   * cannot write them leaves them out; the Office host reads them with the contents of the tabs an operation
   * rebuilds (`SheetContents.hyperlinks`) and writes them through `Range.hyperlink`.
   */
  hyperlinks?: CellLink[];
};

export type DefinedNamePatch = {
  name: string;
  /** An absolute reference such as "'Configuración'!$B$6" (no "="). */
  refersTo: string;
};

/** One cell of an existing sheet to overwrite (fixes); nothing else in the workbook changes. */
export type CellEdit = {
  sheet: string;
  /** A1 address, e.g. "L8". */
  cell: string;
  value: CellInput;
};

export type WorkbookPatch = {
  /** Sheets to create (or replace whole), in tab order. */
  sheets: SheetPatch[];
  definedNames: DefinedNamePatch[];
  /** Cells of existing sheets to overwrite, applied after `sheets`. */
  edits?: CellEdit[];
  /** Charts of sheets the patch does not replace whose references change (a host that read no charts gets none). */
  chartEdits?: ChartEdit[];
  /** Formulas outside the cells of sheets the patch does not replace (`SheetContents.ruleFormulas`), rewritten. */
  ruleEdits?: RuleFormulasEdit[];
  /**
   * Names scoped to one sheet, each written in place of the sheet's name of that name (a host that read none gets
   * none); a sheet the patch replaces loses every name scoped to it but these.
   */
  scopedNames?: ScopedName[];
};

/** A sheet's formulas outside its cells, given anew one for one, in the order `SheetContents.ruleFormulas` has them. */
export type RuleFormulasEdit = { sheet: string; formulas: string[] };

export function emptySheet(name: string, visibility: SheetVisibility = "visible"): SheetPatch {
  return {
    name,
    visibility,
    blocks: [],
    styles: [],
    merges: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
  };
}
