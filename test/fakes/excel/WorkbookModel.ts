/**
 * The committed state of the fake Excel workbook and Excel's rules over it. Proxies never touch it directly: their
 * queued commands call these methods at `sync()`, and every rule Excel enforces on those commands is enforced here
 * (names of sheets, tables and defined names; shapes of 2-D arrays; protected sheets; references that bind to the
 * sheet or table they name when written, follow renames and become #REF! on delete, as Excel's do).
 *
 * Rules learnt from what real Excel does, each with its source:
 *  - Dependents: a formula or a name that refers to a sheet or a table follows it when it is renamed and becomes
 *    #REF! when it is deleted; a chart drawn from a deleted sheet's cells loses its data
 *    (https://support.microsoft.com/en-us/office/move-or-copy-worksheets-or-worksheet-data-47207967-bbb2-4b2a-9ad8-bf5a7c5ac45b,
 *    OFFICEJS.md "Deleting a sheet breaks what points at it").
 *  - Whole rows inserted or deleted (`Range.insert` / `Range.delete`, ExcelApi 1.1) move what lies below them —
 *    cells, tables, merges, formats, validation — and every reference to a moved cell follows it (formulas on any
 *    sheet, names, chart sources); a reference to a deleted cell becomes #REF!
 *    (https://support.microsoft.com/en-us/office/insert-or-delete-rows-and-columns-6f40e6e4-85af-45e0-b39d-65dd504a3246;
 *    details and refusals at `insertRows` and `deleteRows`).
 *  - Deleting a defined name leaves the formulas that use it showing #NAME? (they keep their text). Whether they bind
 *    again when a name of the same spelling is added later is undocumented: the fake takes the pessimistic view
 *    (they stay #NAME? until rewritten). `NamedItem.formula` is writable, ExcelApi 1.7
 *    (https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditem#excel-excel-nameditem-formula-member).
 *  - Workbook structure protection blocks adding, deleting, renaming, moving, hiding and showing sheets
 *    (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-workbooks#protect-the-workbooks-structure).
 *    The error code Excel gives is not documented; the fake answers `AccessDenied`.
 *  - Calculated columns: a formula written into one cell of a table column whose other body cells are empty (or
 *    already hold that formula) fills the whole column (https://github.com/OfficeDev/office-js/issues/2093, "by
 *    design"; https://github.com/OfficeDev/office-js/issues/1916, https://github.com/OfficeDev/office-js/issues/6745).
 *    A write of three rows or more sets each cell as given
 *    (https://github.com/OfficeDev/office-js/issues/5909, "If three rows are set … the formulas are unlinked").
 *  - Formula limits: a text constant inside a formula holds at most 255 characters and a formula at most 8,192
 *    (https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3);
 *    past either Excel refuses the formula (the fake: `InvalidArgument`).
 */
import { officeError } from "./OfficeError";

export type Bounds = { top: number; left: number; bottom: number; right: number }; // 0-based, inclusive
export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** `v` is the value Excel shows ("" for a blank); `f` the formula with "="; `nf` the number format when not General. */
export type CellModel = {
  v: string | number | boolean;
  f?: string;
  nf?: string;
  error?: boolean;
  unlocked?: boolean;
  /** The cell's link (Insert › Link; `Range.hyperlink`), as Excel keeps it: it moves with the cell. */
  link?: Excel.RangeHyperlink;
};

/** A `WorksheetChangedEventArgs` as the fake raises it. */
export type ChangeEventModel = { worksheetId: string; address: string; triggerSource: string };

function formatBounds(bounds: Bounds): string {
  const letters = (column: number): string => {
    let text = "";
    for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
      text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
    return text;
  };
  return `${letters(bounds.left)}${bounds.top + 1}:${letters(bounds.right)}${bounds.bottom + 1}`;
}

export type FormatRecord = { bounds: Bounds; property: string; value: unknown };

let nextId = 1;
const newId = (): string => `{00000000-0000-0000-0000-${String(nextId++).padStart(12, "0")}}`;

/** A range as a chart holds it: the sheet and the cells. */
export type ChartSource = {
  sheet: SheetModel;
  bounds: Bounds;
  /** Set when every row of the source was deleted (the series shows #REF!). */
  lost?: boolean;
};

export type ChartSeriesModel = {
  name: string;
  values: ChartSource;
  xValues?: ChartSource;
  chartType?: string;
  fill?: string;
  line: { color?: string; lineStyle?: string };
  hasDataLabels: boolean;
  /** Colours set on single data points, by index. */
  pointFills: Map<number, string>;
};

export type ChartModel = {
  type: string;
  title: string;
  position?: { from: string; to?: string };
  valueAxis: { minimum?: unknown; maximum?: unknown; numberFormat?: string };
  series: ChartSeriesModel[];
};

export class SheetModel {
  readonly id = newId();
  visibility: Visibility = "Visible";
  tabColor = "";
  isProtected = false;
  protectionOptions: Excel.WorksheetProtectionOptions = {};
  password: string | undefined;
  readonly rows = new Map<number, Map<number, CellModel>>();
  readonly formats: FormatRecord[] = [];
  readonly merges: Bounds[] = [];
  readonly validations: { bounds: Bounds; property: string; value: unknown }[] = [];
  readonly conditionalFormats: { bounds: Bounds; type: string; settings: unknown[] }[] = [];
  freeze: { rows: number; columns: number } | undefined;
  readonly pageLayout: Record<string, unknown> = {};
  readonly charts: ChartModel[] = [];
  constructor(public name: string) {}

  cell(row: number, column: number): CellModel | undefined {
    return this.rows.get(row)?.get(column);
  }

  cellForWrite(row: number, column: number): CellModel {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    let cell = cells.get(column);
    if (!cell) cells.set(column, (cell = { v: "" }));
    return cell;
  }

  /**
   * The smallest range holding every cell with a value or formula (Excel's used range, values only) — of the sheet,
   * or of the cells `within` those bounds (`Range.getUsedRangeOrNullObject(true)`).
   */
  usedBounds(within?: Bounds): Bounds | null {
    let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
    for (const [row, cells] of this.rows) {
      if (within && (row < within.top || row > within.bottom)) continue;
      for (const [column, cell] of cells) {
        if (within && (column < within.left || column > within.right)) continue;
        if (cell.v === "" && cell.f === undefined) continue;
        top = Math.min(top, row);
        left = Math.min(left, column);
        bottom = Math.max(bottom, row);
        right = Math.max(right, column);
      }
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

export class TableModel {
  readonly id = String(nextId++);
  style = "TableStyleMedium2";
  /**
   * Excel's Total Row (`Table.showTotals`): the last row of `bounds`, in `getRange()` but not in
   * `getDataBodyRange()` (excel.d.ts). Set by tests, as a user turns it on.
   */
  showTotals = false;
  /**
   * Excel's Header Row (`Table.showHeaders`, ExcelApi 1.3): while false, `bounds` starts at the first data row and
   * the names live only in `columnNames` (`hideHeaderRow`, as a user unchecks Table Design › Header Row).
   */
  showHeaders = true;
  /** The columns' names while the header row is hidden (`TableColumn.name`); shown, the header cells are. */
  columnNames: string[] = [];
  constructor(
    public name: string,
    public sheet: SheetModel,
    public bounds: Bounds
  ) {}
}

export class NameModel {
  constructor(
    public name: string,
    public formula: string
  ) {}
}

const ILLEGAL_SHEET_CHARACTERS = /[/\\?*:[\]]/;
const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
]);
/** Names Excel reserves because they read as cell references: A1, XFD1048576, R1C1, R, C. */
const CELL_REFERENCE_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;
const NAME_SHAPE = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const SHEET_REFERENCE = /(?<![#\p{L}\p{N}_.])(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!/gu;
const TABLE_REFERENCE = /(?<![#\p{L}\p{N}_.'!])([\p{L}_\\][\p{L}\p{N}_.\\]*)\[/gu;
const STRING_LITERAL = /"(?:[^"]|"")*"/g;
/** A bare identifier that could be a defined name: not a function (`(`), table (`[`) or sheet (`!`) name. */
const NAME_USE =
  /(?<![\p{L}\p{N}_.'!$:\\[\]#])([\p{L}_\\][\p{L}\p{N}_.\\]*)(?![\p{L}\p{N}_.\\([!])/gu;
/** Excel's formula limits (Excel specifications and limits). */
export const FORMULA_MAX_CHARACTERS = 8192;
export const FORMULA_TEXT_CONSTANT_MAX = 255;

/** Applies `rewrite` to the parts of a formula outside string literals. */
function outsideLiterals(formula: string, rewrite: (part: string) => string): string {
  let result = "";
  let last = 0;
  for (const match of formula.matchAll(STRING_LITERAL)) {
    result += rewrite(formula.slice(last, match.index)) + match[0];
    last = (match.index ?? 0) + match[0].length;
  }
  return result + rewrite(formula.slice(last));
}

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** The sheets, tables and possible defined names a formula text refers to (outside its string literals). */
type FormulaParts = { sheets: string[]; tables: string[]; names: string[] };

function readFormulaParts(formula: string): FormulaParts {
  const parts: FormulaParts = { sheets: [], tables: [], names: [] };
  outsideLiterals(formula, (part) => {
    for (const match of part.matchAll(SHEET_REFERENCE))
      parts.sheets.push(match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]);
    for (const match of part.matchAll(TABLE_REFERENCE)) parts.tables.push(match[1]);
    for (const match of part.matchAll(NAME_USE)) parts.names.push(match[1].toLowerCase());
    return part;
  });
  return parts;
}

/** What Excel shows for a formula the fake can evaluate (string literals joined with &); "" (not calculated) otherwise. */
function evaluate(formula: string): string {
  const body = formula.slice(1).trim();
  if (!/^"(?:[^"]|"")*"(?:\s*&\s*"(?:[^"]|"")*")*$/.test(body)) return "";
  return [...body.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"')).join("");
}

const LAST_ROW = 1_048_576;

/** A cell reference or range of cells, with its sheet when it names one (row-only and column-only ones are not
 * modelled: the host writes neither). */
const A1_REFERENCE =
  /(?<![\p{L}\p{N}_.\\$!#])((?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?(\$?[A-Z]{1,3})(\$?\d+)(?::(\$?[A-Z]{1,3})(\$?\d+))?(?![\p{L}\p{N}_([!])/gu;

/** Where row `row` goes when rows move from `at` by `delta` (null: deleted). */
function shiftedRow(row: number, at: number, delta: number): number | null {
  if (row < at) return row;
  if (delta >= 0) return row + delta;
  return row < at - delta ? null : row + delta;
}

/** Bounds after rows move from `at` by `delta`: rows inserted inside grow them, rows deleted inside shrink them;
 * null when every row of them is deleted. */
function shiftedBounds(bounds: Bounds, at: number, delta: number): Bounds | null {
  if (delta >= 0)
    return bounds.top >= at
      ? { ...bounds, top: bounds.top + delta, bottom: bounds.bottom + delta }
      : bounds.bottom >= at
        ? { ...bounds, bottom: bounds.bottom + delta }
        : bounds;
  const last = at - delta - 1;
  if (bounds.top >= at && bounds.bottom <= last) return null;
  const top = bounds.top < at ? bounds.top : bounds.top > last ? bounds.top + delta : at;
  const bottom =
    bounds.bottom < at ? bounds.bottom : bounds.bottom > last ? bounds.bottom + delta : at - 1;
  return { ...bounds, top, bottom };
}

/** "B7" after rows move (a deleted row's cell goes to the first row after the deleted ones). */
function shiftedCell(address: string, at: number, delta: number): string {
  const match = /^([A-Z]{1,3})(\d+)$/.exec(address);
  if (!match) return address;
  const row = Number(match[2]) - 1;
  return `${match[1]}${(shiftedRow(row, at, delta) ?? at) + 1}`;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names: NameModel[] = [];
  /** Cells whose formula names a sheet or a table (kept so renames and deletes can follow them). */
  private readonly referencing = new Set<CellModel>();
  /** Cells whose formula uses a defined name (a deleted name turns them to #NAME?). */
  private readonly nameUsers = new Set<CellModel>();
  /**
   * What each formula text names outside its string literals, read once per text (a plan writes the same formula
   * text into thousands of cells). Only the reading is kept: whether those sheets, tables and names exist is looked
   * up at every write, so the binding is Excel's at that moment.
   */
  private readonly formulaParts = new Map<string, FormulaParts>();
  /** Workbook structure protection (`workbook.protection.protected`). */
  structureProtected = false;
  /**
   * The workbook's date system (File › Options › Advanced › "Use 1904 date system"): cells hold what Excel holds,
   * serials of this system (a 1904 workbook's are 1,462 lower for the same day); `DATE` answers in it.
   */
  date1904 = false;
  enableEvents = true;
  /** Handlers registered with `worksheets.onChanged.add` (from the sync that adds them to the one that removes them). */
  readonly changeHandlers = new Set<(event: ChangeEventModel) => Promise<unknown>>();
  /** Who is writing cells now: the add-in (through a request) or the user (`FakeExcel.userEdit`). */
  triggerSource: "ThisLocalAddin" | "Unknown" = "ThisLocalAddin";
  /** Change events raised by the current request, delivered after it. */
  readonly raisedEvents: ChangeEventModel[] = [];
  /** Cell writes so far (to tell a request that writes cells from one that does not). */
  cellWrites = 0;
  calculationSuspended = false;
  calculations: string[] = [];
  activeSheet: SheetModel | undefined;
  selection: { sheet: SheetModel; bounds: Bounds } | undefined;

  // ---- sheets ----
  sheetByKey(key: string): SheetModel | undefined {
    const lower = key.toLowerCase();
    return this.sheets.find((sheet) => sheet.id === key || sheet.name.toLowerCase() === lower);
  }

  private checkSheetName(name: string, except?: SheetModel): void {
    if (
      name.trim() === "" ||
      name.length > 31 ||
      ILLEGAL_SHEET_CHARACTERS.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLowerCase() === "history"
    )
      throw officeError("InvalidArgument", `The sheet name "${name}" is not valid.`);
    const other = this.sheetByKey(name);
    if (other && other !== except && other.name.toLowerCase() === name.toLowerCase())
      throw officeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
  }

  /** Adding, deleting, renaming, moving, hiding or showing a sheet needs the structure unprotected. */
  checkStructure(what: string): void {
    if (this.structureProtected)
      throw officeError(
        "AccessDenied",
        `The workbook's structure is protected: a sheet cannot be ${what}.`
      );
  }

  addSheet(name?: string): SheetModel {
    this.checkStructure("added");
    let chosen = name;
    if (chosen === undefined)
      for (let n = this.sheets.length + 1; !chosen || this.sheetByKey(chosen); n++)
        chosen = `Sheet${n}`;
    this.checkSheetName(chosen);
    const sheet = new SheetModel(chosen);
    this.sheets.push(sheet);
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (sheet.name === name) return;
    this.checkStructure("renamed");
    this.checkSheetName(name, sheet);
    const old = sheet.name;
    sheet.name = name;
    this.rewriteReferences((formula) => this.renameSheetIn(formula, old, name));
  }

  private visibleCount(): number {
    return this.sheets.filter((sheet) => sheet.visibility === "Visible").length;
  }

  deleteSheet(sheet: SheetModel): void {
    this.checkStructure("deleted");
    if (sheet.visibility === "VeryHidden")
      throw officeError(
        "InvalidOperation",
        "A very hidden worksheet cannot be deleted; make it visible or hidden first."
      );
    if (sheet.visibility === "Visible" && this.visibleCount() === 1)
      throw officeError("InvalidOperation", "A workbook must keep at least one visible sheet.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    const goneTables = this.tables.filter((table) => table.sheet === sheet);
    for (const table of goneTables) this.tables.splice(this.tables.indexOf(table), 1);
    for (const cells of sheet.rows.values())
      for (const cell of cells.values()) this.referencing.delete(cell);
    this.rewriteReferences((formula) =>
      goneTables.reduce(
        (text, table) => this.renameTableIn(text, table.name, "#REF!"),
        this.renameSheetIn(formula, sheet.name, null)
      )
    );
  }

  setVisibility(sheet: SheetModel, visibility: string): void {
    if (!["Visible", "Hidden", "VeryHidden"].includes(visibility))
      throw officeError("InvalidArgument", `"${visibility}" is not a sheet visibility.`);
    if (sheet.visibility !== visibility) this.checkStructure("hidden or shown");
    if (sheet.visibility === "Visible" && visibility !== "Visible" && this.visibleCount() === 1)
      throw officeError("InvalidOperation", "A workbook must keep at least one visible sheet.");
    sheet.visibility = visibility as Visibility;
  }

  setPosition(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length)
      throw officeError("InvalidArgument", `Sheet position ${position} is out of range.`);
    if (this.sheets.indexOf(sheet) !== position) this.checkStructure("moved");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  // ---- references ----
  private renameSheetIn(formula: string, from: string, to: string | null): string {
    return outsideLiterals(formula, (part) =>
      part.replace(
        SHEET_REFERENCE,
        (whole, quoted: string | undefined, bare: string | undefined) => {
          const name = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare as string);
          if (name.toLowerCase() !== from.toLowerCase()) return whole;
          return to === null ? "#REF!" : `${quoteSheet(to)}!`;
        }
      )
    ).replace(/#REF!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/g, "#REF!");
  }

  private renameTableIn(formula: string, from: string, to: string): string {
    return outsideLiterals(formula, (part) =>
      part.replace(TABLE_REFERENCE, (whole, name: string) =>
        name.toLowerCase() === from.toLowerCase() ? `${to}[` : whole
      )
    ).replace(/#REF!\[[^\]]*(?:\[[^\]]*\][^\]]*)*\]/g, "#REF!");
  }

  /** Binds a formula as Excel does when it is entered: a sheet or table that does not exist becomes #REF!. */
  private bind(formula: string): { formula: string; references: boolean } {
    // Every sheet and table it names exists and it holds no #REF!: it stays as typed (what the rewrite below
    // gives in that case, read from the text once).
    const parts = this.partsOf(formula);
    if (
      !formula.includes("#REF!") &&
      parts.sheets.every((name) => this.sheetByKey(name)) &&
      parts.tables.every((name) => this.tableByKey(name))
    )
      return { formula, references: parts.sheets.length + parts.tables.length > 0 };
    let references = false;
    const bound = outsideLiterals(formula, (part) =>
      part
        .replace(SHEET_REFERENCE, (whole, quoted: string | undefined, bare: string | undefined) => {
          references = true;
          const name = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare as string);
          return this.sheetByKey(name) ? whole : "#REF!";
        })
        .replace(TABLE_REFERENCE, (whole, name: string) => {
          references = true;
          return this.tableByKey(name) ? whole : "#REF![";
        })
    )
      .replace(/#REF!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/g, "#REF!")
      .replace(/#REF!\[[^\]]*(?:\[[^\]]*\][^\]]*)*\]/g, "#REF!");
    return { formula: bound, references };
  }

  private rewriteReferences(rewrite: (formula: string) => string): void {
    for (const cell of this.referencing) {
      if (cell.f === undefined) continue;
      const formula = rewrite(cell.f);
      // A formula that lost what it referred to shows #REF!.
      if (formula.includes("#REF!") && !cell.f.includes("#REF!")) {
        cell.v = "#REF!";
        cell.error = true;
      }
      cell.f = formula;
    }
    for (const name of this.names) name.formula = rewrite(name.formula);
  }

  // ---- cells ----
  private checkWritable(sheet: SheetModel, bounds: Bounds, what: "cells" | "format"): void {
    if (!sheet.isProtected) return;
    if (what === "cells") {
      for (let row = bounds.top; row <= bounds.bottom; row++)
        for (let column = bounds.left; column <= bounds.right; column++)
          if (!sheet.cell(row, column)?.unlocked)
            throw officeError(
              "AccessDenied",
              `The cell you are trying to change is on a protected sheet ("${sheet.name}").`
            );
      return;
    }
    throw officeError("AccessDenied", `Sheet "${sheet.name}" is protected.`);
  }

  /** A 2-D array must match the range exactly; a single (non-array) value fills the whole range. */
  private static shaped(bounds: Bounds, data: unknown, property: string): unknown[][] {
    const rows = bounds.bottom - bounds.top + 1;
    const columns = bounds.right - bounds.left + 1;
    if (!Array.isArray(data))
      return Array.from({ length: rows }, () => Array.from({ length: columns }, () => data));
    if (
      data.length !== rows ||
      data.some((row) => !Array.isArray(row) || (row as unknown[]).length !== columns)
    )
      throw officeError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}).`
      );
    return data as unknown[][];
  }

  /** `values` and `formulas` as Excel parses them: "=…" makes a formula, "+…", "-…", "@…" too, "80%" a number. */
  writeCells(
    sheet: SheetModel,
    bounds: Bounds,
    data: unknown,
    property: "values" | "formulas"
  ): void {
    const grid = WorkbookModel.shaped(bounds, data, property);
    this.checkWritable(sheet, bounds, "cells");
    grid.forEach((values, r) =>
      values.forEach((value, c) => {
        if (value === null || value === undefined) return; // null leaves the cell as it is
        const cell = sheet.cellForWrite(bounds.top + r, bounds.left + c);
        this.referencing.delete(cell);
        this.nameUsers.delete(cell);
        delete cell.f;
        delete cell.error;
        if (typeof value === "number") {
          if (!Number.isFinite(value)) throw officeError("InvalidArgument", "Not a finite number.");
          cell.v = value;
        } else if (typeof value === "boolean") cell.v = value;
        else if (typeof value === "string") this.typeIn(cell, value);
        else throw officeError("InvalidArgument", `Cannot write a ${typeof value} to a cell.`);
      })
    );
    if (bounds.bottom - bounds.top < 2) this.fillCalculatedColumns(sheet, bounds);
    this.cellWrites++;
    // Events reach the add-in only while `runtime.enableEvents` is on (ExcelApi 1.8).
    if (this.enableEvents && this.changeHandlers.size > 0)
      this.raisedEvents.push({
        worksheetId: sheet.id,
        address: formatBounds(bounds),
        triggerSource: this.triggerSource,
      });
  }

  /** office-js#2093: a formula entered in one or two cells of a table column whose other body cells are empty (or
   * hold the same formula) becomes the column's calculated formula, written into every body cell. */
  private fillCalculatedColumns(sheet: SheetModel, bounds: Bounds): void {
    for (const table of this.tables) {
      if (table.sheet !== sheet) continue;
      const { top, bottom, left, right } = table.bounds;
      if (bounds.top <= top || bounds.bottom > bottom || bounds.right < left || bounds.left > right)
        continue;
      for (
        let column = Math.max(left, bounds.left);
        column <= Math.min(right, bounds.right);
        column++
      ) {
        const formula = sheet.cell(bounds.top, column)?.f;
        if (formula === undefined) continue;
        let fill = true;
        for (let row = top + 1; row <= bottom && fill; row++) {
          const other = sheet.cell(row, column);
          fill = !other || (other.v === "" && other.f === undefined) || other.f === formula;
        }
        if (!fill) continue;
        for (let row = top + 1; row <= bottom; row++)
          if (sheet.cell(row, column)?.f !== formula)
            this.typeIn(sheet.cellForWrite(row, column), formula);
      }
    }
  }

  private typeIn(cell: CellModel, text: string): void {
    if (text === "") {
      cell.v = "";
      return;
    }
    if (text.startsWith("'")) {
      cell.v = text.slice(1); // the quote prefix is swallowed (office-js#6687)
      return;
    }
    const number =
      /^\s*([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*(%?)\s*$/.exec(text);
    if (number) {
      cell.v = Number(number[1].replace(/,/g, "")) / (number[2] ? 100 : 1);
      return;
    }
    const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    if (date && Number(date[1]) <= 12 && Number(date[2]) <= 31) {
      cell.v = (Date.UTC(+date[3], +date[1] - 1, +date[2]) - Date.UTC(1899, 11, 30)) / 86_400_000;
      cell.nf = "m/d/yyyy";
      return;
    }
    if (/^(true|false)$/i.test(text)) {
      cell.v = text.toLowerCase() === "true";
      return;
    }
    if (ERROR_VALUES.has(text.toUpperCase())) {
      cell.v = text.toUpperCase();
      cell.error = true;
      return;
    }
    if (/^[=+\-@]/.test(text)) {
      const entered = text.startsWith("=") ? text : `=${text}`;
      if (entered.length > FORMULA_MAX_CHARACTERS)
        throw officeError(
          "InvalidArgument",
          `A formula holds at most ${FORMULA_MAX_CHARACTERS} characters (${entered.length}).`
        );
      for (const literal of entered.match(STRING_LITERAL) ?? [])
        if (literal.slice(1, -1).replace(/""/g, '"').length > FORMULA_TEXT_CONSTANT_MAX)
          throw officeError(
            "InvalidArgument",
            `Text values in formulas are limited to ${FORMULA_TEXT_CONSTANT_MAX} characters.`
          );
      const { formula, references } = this.bind(entered);
      cell.f = formula;
      cell.v = evaluate(formula);
      if (references) this.referencing.add(cell);
      if (this.namesUsedBy(formula).length > 0) this.nameUsers.add(cell);
      return;
    }
    cell.v = text;
  }

  writeNumberFormat(sheet: SheetModel, bounds: Bounds, data: unknown): void {
    const grid = WorkbookModel.shaped(bounds, data, "numberFormat");
    this.checkWritable(sheet, bounds, "format");
    grid.forEach((values, r) =>
      values.forEach((value, c) => {
        if (value === null) return;
        if (typeof value !== "string")
          throw officeError("InvalidArgument", "A number format must be text.");
        const cell = sheet.cellForWrite(bounds.top + r, bounds.left + c);
        if (value === "General") delete cell.nf;
        else cell.nf = value;
      })
    );
  }

  writeFormat(sheet: SheetModel, bounds: Bounds, property: string, value: unknown): void {
    this.checkWritable(sheet, bounds, "format");
    if (property === "protection.locked") {
      for (let row = bounds.top; row <= bounds.bottom; row++)
        for (let column = bounds.left; column <= bounds.right; column++) {
          const cell = sheet.cellForWrite(row, column);
          if (value === false) cell.unlocked = true;
          else delete cell.unlocked;
        }
    }
    sheet.formats.push({ bounds, property, value });
  }

  /** `Range.clear`, `dataValidation.clear`, `conditionalFormats.clearAll` over `bounds`. */
  clearRange(
    sheet: SheetModel,
    bounds: Bounds,
    what: "All" | "Formats" | "Contents" | "ConditionalFormats" | "DataValidation"
  ): void {
    const inside = (other: Bounds): boolean =>
      other.top >= bounds.top &&
      other.bottom <= bounds.bottom &&
      other.left >= bounds.left &&
      other.right <= bounds.right;
    const overlaps = (other: Bounds): boolean =>
      other.top <= bounds.bottom &&
      bounds.top <= other.bottom &&
      other.left <= bounds.right &&
      bounds.left <= other.right;
    if (what === "All" || what === "Contents") this.checkWritable(sheet, bounds, "cells");
    else this.checkWritable(sheet, bounds, "format");
    const remove = <T extends { bounds: Bounds }>(list: T[], test: (item: T) => boolean): void => {
      for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) list.splice(i, 1);
    };
    if (what === "ConditionalFormats") {
      remove(sheet.conditionalFormats, (format) => inside(format.bounds));
      return;
    }
    if (what === "DataValidation") {
      remove(sheet.validations, (validation) => inside(validation.bounds));
      return;
    }
    for (const [row, cells] of sheet.rows) {
      if (row < bounds.top || row > bounds.bottom) continue;
      for (const [column, cell] of cells) {
        if (column < bounds.left || column > bounds.right) continue;
        if (what !== "Formats") {
          this.referencing.delete(cell);
          this.nameUsers.delete(cell);
          cell.v = "";
          delete cell.f;
          delete cell.error;
        }
        if (what !== "Contents") {
          delete cell.nf;
          delete cell.unlocked;
        }
        // Clear All takes the links; Clear Contents and Clear Formats leave them (Excel's Home › Clear menu has
        // "Clear Hyperlinks" of its own).
        if (what === "All") delete cell.link;
      }
    }
    if (what !== "Contents") {
      remove(sheet.formats, (format) => inside(format.bounds));
      for (let i = sheet.merges.length - 1; i >= 0; i--)
        if (overlaps(sheet.merges[i])) sheet.merges.splice(i, 1);
      remove(sheet.conditionalFormats, (format) => inside(format.bounds));
    }
  }

  /**
   * `Range.hyperlink = link` (ExcelApi 1.7): every cell of the range gets the link; `textToDisplay` becomes the
   * top-left cell's text (excel.d.ts: "the string that is displayed in the top left most cell in the range"). Without
   * it a cell keeps its value, and an empty one shows the address (as Insert › Link does; unverified through the
   * API). A locked cell of a protected sheet refuses it, as it refuses a value.
   */
  writeHyperlink(sheet: SheetModel, bounds: Bounds, link: Excel.RangeHyperlink): void {
    this.checkWritable(sheet, bounds, "cells");
    for (let row = bounds.top; row <= bounds.bottom; row++)
      for (let column = bounds.left; column <= bounds.right; column++) {
        const cell = sheet.cellForWrite(row, column);
        cell.link = { ...link };
        const shown =
          row === bounds.top && column === bounds.left && link.textToDisplay !== undefined
            ? link.textToDisplay
            : cell.v === "" && cell.f === undefined
              ? (link.address ?? link.documentReference ?? "")
              : undefined;
        if (shown === undefined) continue;
        this.referencing.delete(cell);
        this.nameUsers.delete(cell);
        cell.v = shown;
        delete cell.f;
        delete cell.error;
        this.cellWrites++;
      }
  }

  merge(sheet: SheetModel, bounds: Bounds): void {
    this.checkWritable(sheet, bounds, "format");
    const overlaps = (a: Bounds, b: Bounds): boolean =>
      a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
    if (this.tables.some((table) => table.sheet === sheet && overlaps(table.bounds, bounds)))
      throw officeError("InvalidArgument", "Cells in a table cannot be merged.");
    if (sheet.merges.some((merge) => overlaps(merge, bounds)))
      throw officeError("InvalidArgument", "Merged ranges cannot overlap.");
    sheet.merges.push(bounds);
  }

  // ---- tables ----
  tableByKey(key: string): TableModel | undefined {
    const lower = key.toLowerCase();
    return this.tables.find((table) => table.id === key || table.name.toLowerCase() === lower);
  }

  private checkObjectName(name: string, kind: string, except?: object): void {
    if (
      name.length === 0 ||
      name.length > 255 ||
      !NAME_SHAPE.test(name) ||
      CELL_REFERENCE_LIKE.test(name)
    )
      throw officeError("InvalidArgument", `"${name}" is not a valid ${kind} name.`);
    const lower = name.toLowerCase();
    const taken =
      this.tables.some((table) => table !== except && table.name.toLowerCase() === lower) ||
      this.names.some((named) => named !== except && named.name.toLowerCase() === lower);
    if (taken) throw officeError("ItemAlreadyExists", `The name "${name}" is already used.`);
  }

  addTable(sheet: SheetModel, bounds: Bounds, hasHeaders: boolean): TableModel {
    this.checkWritable(sheet, bounds, "format");
    const overlaps = (a: Bounds): boolean =>
      a.top <= bounds.bottom &&
      bounds.top <= a.bottom &&
      a.left <= bounds.right &&
      bounds.left <= a.right;
    if (this.tables.some((table) => table.sheet === sheet && overlaps(table.bounds)))
      throw officeError("InvalidArgument", "A table cannot overlap another table.");
    if (sheet.merges.some(overlaps))
      throw officeError("InvalidArgument", "A table cannot contain merged cells.");
    const body = { ...bounds };
    if (!hasHeaders)
      throw officeError("InvalidArgument", "The fake only models tables with headers.");
    if (body.bottom === body.top) body.bottom += 1; // a table always has at least one body row
    const seen = new Set<string>();
    for (let column = body.left; column <= body.right; column++) {
      const cell = sheet.cellForWrite(body.top, column);
      let header = cell.f !== undefined ? "" : String(cell.v);
      if (header === "") header = `Column${column - body.left + 1}`;
      let unique = header;
      for (let n = 2; seen.has(unique.toLowerCase()); n++) unique = `${header}${n}`;
      seen.add(unique.toLowerCase());
      if (cell.f !== undefined) this.referencing.delete(cell);
      delete cell.f;
      cell.v = unique;
    }
    let name = "";
    for (let n = 1; name === "" || this.tableByKey(name); n++) name = `Table${n}`;
    const table = new TableModel(name, sheet, body);
    this.tables.push(table);
    return table;
  }

  /** `Table.resize` (ExcelApi 1.13): "The new range must overlap with the original table range and the headers (or
   * the top of the table) must be in the same row" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)). */
  resizeTable(table: TableModel, bounds: Bounds): void {
    const old = table.bounds;
    if (bounds.top !== old.top)
      throw officeError("InvalidArgument", "A table's header row stays in the same row.");
    if (
      bounds.top > old.bottom ||
      old.top > bounds.bottom ||
      bounds.left > old.right ||
      old.left > bounds.right
    )
      throw officeError("InvalidArgument", "The new range must overlap the table.");
    this.checkWritable(table.sheet, bounds, "format");
    if (
      this.tables.some(
        (other) =>
          other !== table &&
          other.sheet === table.sheet &&
          other.bounds.top <= bounds.bottom &&
          bounds.top <= other.bounds.bottom &&
          other.bounds.left <= bounds.right &&
          bounds.left <= other.bounds.right
      )
    )
      throw officeError("InvalidArgument", "A table cannot overlap another table.");
    table.bounds = { ...bounds, bottom: Math.max(bounds.bottom, bounds.top + 1) };
  }

  /**
   * Table Design › Header Row unchecked (`Table.showHeaders = false`): the table keeps its columns' names, the header
   * row leaves the table's range (which now starts at the first data row) and its cells are cleared.
   */
  hideHeaderRow(table: TableModel): void {
    if (!table.showHeaders) return;
    const { top, left, right } = table.bounds;
    table.columnNames = this.tableColumnNames(table);
    for (let column = left; column <= right; column++) {
      const cell = table.sheet.cellForWrite(top, column);
      if (cell.f !== undefined) this.referencing.delete(cell);
      delete cell.f;
      cell.v = "";
    }
    table.showHeaders = false;
    table.bounds = { ...table.bounds, top: top + 1 };
  }

  /**
   * Header Row checked again: the names go back into the row above the range, which grows up over it. What Excel does
   * when that row holds something is unverified: the fake refuses it.
   */
  showHeaderRow(table: TableModel): void {
    if (table.showHeaders) return;
    const { top, left, right } = table.bounds;
    const row = top - 1;
    if (row < 0) throw officeError("InvalidOperation", "No row above the table for its header.");
    for (let column = left; column <= right; column++) {
      const cell = table.sheet.cell(row, column);
      if (cell && (cell.v !== "" || cell.f !== undefined))
        throw officeError("InvalidOperation", "The row above the table is not empty.");
    }
    table.columnNames.forEach((name, i) => (table.sheet.cellForWrite(row, left + i).v = name));
    table.showHeaders = true;
    table.columnNames = [];
    table.bounds = { ...table.bounds, top: row };
  }

  /** `TableColumn.name` of each column: the header cell's text, or the kept name while the header row is hidden. */
  tableColumnNames(table: TableModel): string[] {
    if (!table.showHeaders) return [...table.columnNames];
    const { top, left, right } = table.bounds;
    return Array.from({ length: right - left + 1 }, (_, i) =>
      String(table.sheet.cell(top, left + i)?.v ?? "")
    );
  }

  /** `Table.delete`: the table goes, its cells stay; structured references to it become #REF!. */
  deleteTable(table: TableModel): void {
    this.checkWritable(table.sheet, table.bounds, "format");
    this.tables.splice(this.tables.indexOf(table), 1);
    this.rewriteReferences((formula) => this.renameTableIn(formula, table.name, "#REF!"));
  }

  renameTable(table: TableModel, name: string): void {
    if (table.name === name) return;
    this.checkObjectName(name, "table", table);
    const old = table.name;
    table.name = name;
    this.rewriteReferences((formula) => this.renameTableIn(formula, old, name));
  }

  // ---- whole rows (Range.insert / Range.delete over entire rows) ----
  /**
   * Whole rows inserted above row `at` (0-based), `count` of them: everything below moves down with its tables,
   * merges, formats, validation and charts' data, and every reference to a moved cell follows it — formulas on any
   * sheet, defined names, chart sources (Excel adjusts references when rows are inserted:
   * https://support.microsoft.com/en-us/office/insert-or-delete-rows-and-columns-6f40e6e4-85af-45e0-b39d-65dd504a3246;
   * `Range.insert`, ExcelApi 1.1: https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-insert-member(1)).
   * Rows inserted inside a table's body make it longer; at its header row they move it whole. Refused: on a
   * protected sheet that does not allow inserting rows (https://support.microsoft.com/en-us/office/lock-or-unlock-specific-areas-of-a-protected-worksheet-75481b72-db8a-4267-8c43-042a5f2cd93a),
   * and when a non-blank cell would be pushed past the sheet's last row (Excel's "cannot shift nonblank cells off
   * of the worksheet"; 1,048,576 rows: https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
   */
  insertRows(sheet: SheetModel, at: number, count: number): void {
    if (sheet.isProtected && !sheet.protectionOptions.allowInsertRows)
      throw officeError(
        "AccessDenied",
        `Sheet "${sheet.name}" is protected: rows cannot be inserted.`
      );
    for (const [row, cells] of sheet.rows)
      if (row >= LAST_ROW - count && [...cells.values()].some((cell) => cell.v !== "" || cell.f))
        throw officeError(
          "InvalidOperation",
          "To prevent possible loss of data, Excel cannot shift nonblank cells off of the worksheet."
        );
    this.shiftRows(sheet, at, count);
  }

  /**
   * Whole rows `at`…`at + count - 1` (0-based) deleted: everything below moves up, and references follow it; a
   * reference to a deleted cell becomes #REF! (https://support.microsoft.com/en-us/office/how-to-correct-a-ref-error-822c8e46-e610-4d06-b3c2-ce8fb4a5bc3c;
   * `Range.delete`, ExcelApi 1.1: https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-delete-member(1)).
   * A table whose rows are all deleted goes (its references #REF!); one that loses body rows gets shorter. What
   * the fake does not know Excel to allow it refuses: deleting a table's header row without the whole table, or
   * every body row of a table. Refused on a protected sheet that does not allow deleting rows (page above).
   */
  deleteRows(sheet: SheetModel, at: number, count: number): void {
    if (sheet.isProtected && !sheet.protectionOptions.allowDeleteRows)
      throw officeError(
        "AccessDenied",
        `Sheet "${sheet.name}" is protected: rows cannot be deleted.`
      );
    const last = at + count - 1;
    for (const table of this.tables.filter((candidate) => candidate.sheet === sheet)) {
      const { top, bottom } = table.bounds;
      const whole = top >= at && bottom <= last;
      if (!whole && top >= at && top <= last)
        throw officeError(
          "InvalidOperation",
          "The rows hold a table's header row but not the whole table."
        );
      if (!whole && top < at && at === top + 1 && last >= bottom)
        throw officeError("InvalidOperation", "The rows hold every body row of a table.");
      if (whole) this.deleteTable(table);
    }
    this.shiftRows(sheet, at, -count);
  }

  /** Moves rows from `at` down by `delta` (up and deleting `-delta` rows when negative), and what refers to them. */
  private shiftRows(sheet: SheetModel, at: number, delta: number): void {
    const moved = new Map<number, Map<number, CellModel>>();
    for (const [row, cells] of sheet.rows) {
      const to = shiftedRow(row, at, delta);
      if (to === null)
        for (const cell of cells.values()) {
          this.referencing.delete(cell);
          this.nameUsers.delete(cell);
        }
      else moved.set(to, cells);
    }
    sheet.rows.clear();
    for (const [row, cells] of moved) sheet.rows.set(row, cells);
    const shiftList = <T extends { bounds: Bounds }>(list: T[]): void => {
      for (let i = list.length - 1; i >= 0; i--) {
        const bounds = shiftedBounds(list[i].bounds, at, delta);
        if (bounds) list[i].bounds = bounds;
        else list.splice(i, 1);
      }
    };
    shiftList(sheet.formats);
    shiftList(sheet.validations);
    shiftList(sheet.conditionalFormats);
    for (let i = sheet.merges.length - 1; i >= 0; i--) {
      const bounds = shiftedBounds(sheet.merges[i], at, delta);
      if (bounds) sheet.merges[i] = bounds;
      else sheet.merges.splice(i, 1);
    }
    for (const table of this.tables)
      if (table.sheet === sheet) table.bounds = shiftedBounds(table.bounds, at, delta) as Bounds;
    for (const owner of this.sheets)
      for (const chart of owner.charts) {
        for (const series of chart.series)
          for (const source of [series.values, series.xValues])
            if (source && source.sheet === sheet && !source.lost) {
              const bounds = shiftedBounds(source.bounds, at, delta);
              if (bounds) source.bounds = bounds;
              else source.lost = true;
            }
        if (owner === sheet && chart.position) {
          const { from, to } = chart.position;
          chart.position = {
            from: shiftedCell(from, at, delta),
            ...(to ? { to: shiftedCell(to, at, delta) } : {}),
          };
        }
      }
    // References: qualified ones anywhere (cells that name a sheet, names), unqualified ones on the sheet itself.
    const rewrite = (formula: string, own: SheetModel | null): string =>
      outsideLiterals(formula, (part) =>
        part.replace(
          A1_REFERENCE,
          (whole, prefix: string | undefined, c1: string, r1: string, c2?: string, r2?: string) => {
            const named = prefix
              ? this.sheetByKey(
                  prefix.startsWith("'")
                    ? prefix.slice(1, -2).replace(/''/g, "'")
                    : prefix.slice(0, -1)
                )
              : own;
            if (named !== sheet) return whole;
            const top = Number(r1.replace("$", "")) - 1;
            const bottom = r2 === undefined ? top : Number(r2.replace("$", "")) - 1;
            const bounds = shiftedBounds({ top, left: 0, bottom, right: 0 }, at, delta);
            if (!bounds) return "#REF!";
            const row = (text: string, value: number) =>
              `${text.startsWith("$") ? "$" : ""}${value + 1}`;
            return `${prefix ?? ""}${c1}${row(r1, bounds.top)}${
              r2 === undefined ? "" : `:${c2}${row(r2, bounds.bottom)}`
            }`;
          }
        )
      );
    const update = (cell: CellModel, own: SheetModel | null): void => {
      if (cell.f === undefined) return;
      const formula = rewrite(cell.f, own);
      if (formula === cell.f) return;
      cell.f = formula;
      if (formula.includes("#REF!")) {
        cell.v = "#REF!";
        cell.error = true;
      }
    };
    const lower = sheet.name.toLowerCase();
    for (const owner of this.sheets)
      for (const cells of owner.rows.values())
        for (const cell of cells.values())
          if (
            owner === sheet ||
            (this.referencing.has(cell) && cell.f?.toLowerCase().includes(lower))
          )
            update(cell, owner);
    for (const name of this.names) name.formula = rewrite(name.formula, null);
  }

  // ---- defined names ----
  nameByKey(key: string): NameModel | undefined {
    return this.names.find((named) => named.name.toLowerCase() === key.toLowerCase());
  }

  addName(name: string, reference: string): NameModel {
    this.checkObjectName(name, "defined", undefined);
    const formula = this.bind(reference.startsWith("=") ? reference : `=${reference}`).formula;
    const named = new NameModel(name, formula);
    this.names.push(named);
    return named;
  }

  deleteName(named: NameModel): void {
    this.names.splice(this.names.indexOf(named), 1);
    const lower = named.name.toLowerCase();
    for (const cell of this.nameUsers)
      if (cell.f !== undefined && this.namesUsedBy(cell.f, true).includes(lower)) {
        cell.v = "#NAME?";
        cell.error = true;
      }
  }

  /** `NamedItem.formula = …` (ExcelApi 1.7): the name keeps its identity, so formulas that use it keep working. */
  setNameFormula(named: NameModel, reference: string): void {
    named.formula = this.bind(reference.startsWith("=") ? reference : `=${reference}`).formula;
  }

  /** The defined names (lower case) a formula uses; with `any`, every identifier that could be one. */
  private namesUsedBy(formula: string, any = false): string[] {
    const { names } = this.partsOf(formula);
    return any ? [...names] : names.filter((lower) => this.nameByKey(lower));
  }

  private partsOf(formula: string): FormulaParts {
    let parts = this.formulaParts.get(formula);
    if (!parts) this.formulaParts.set(formula, (parts = readFormulaParts(formula)));
    return parts;
  }

  /** The single range a name's formula refers to, when it is `'Sheet'!$A$1` or `'Sheet'!$A$1:$B$2`. */
  nameTarget(named: NameModel): { sheet: SheetModel; bounds: Bounds } | null {
    const match =
      /^=(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(
        named.formula
      );
    if (!match) return null;
    const sheet = this.sheetByKey(match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]);
    if (!sheet) return null;
    const column = (letters: string): number =>
      [...letters].reduce((sum, ch) => sum * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const top = Number(match[4]) - 1;
    const left = column(match[3]);
    return {
      sheet,
      bounds: {
        top,
        left,
        bottom: match[6] ? Number(match[6]) - 1 : top,
        right: match[5] ? column(match[5]) : left,
      },
    };
  }

  isError(value: string): boolean {
    return ERROR_VALUES.has(value);
  }
}
