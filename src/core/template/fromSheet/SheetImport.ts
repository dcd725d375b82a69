import { SheetImportProblemCode } from "../../messages/catalog/sheetImportMessages";
import { MessageParams } from "../../messages/formatMessage";
import { Template } from "../Template";
import { SheetField } from "./SheetField";

/** A problem that prevents making a template; the message is `sheetImportMessages[language][code]` with `params`. */
export type SheetImportProblem = { code: SheetImportProblemCode; params: MessageParams };

/** One column of a sheet's header row and the field it was read as (null: not placed). */
export type SheetColumn = {
  sheet: string;
  /** 1-based column number; `letter` is its name ("F"). */
  column: number;
  letter: string;
  header: string;
  field: SheetField | null;
  /** Where the field came from: the header itself, or the user's mapping. */
  by: "header" | "map";
};

/** Why a row below the header holds text that is not in the template. */
export type UnplacedRowReason = "no-objective" | "no-area";

export type UnplacedRow = { sheet: string; row: number; text: string; reason: UnplacedRowReason };

/** Why a column is left out: its header names no field, it has no header, or an earlier column has its field. */
export type UnplacedColumnReason = "unknown-header" | "no-header" | "repeated-field" | "ignored";

export type UnplacedColumn = {
  sheet: string;
  letter: string;
  header: string;
  reason: UnplacedColumnReason;
};

export type SheetImportArea = {
  code: string;
  name: string;
  section: string;
  /** Where the area first appears. */
  sheet: string;
  row: number;
  objectiveCount: number;
};

export type SheetImportMacroprocess = {
  code: string;
  name: string;
  sheet: string;
  row: number;
  areas: SheetImportArea[];
};

/** What was read where: the sheets read, their header rows, the ones skipped (no header row found). */
export type SheetImportTree = {
  year: number;
  sheets: { name: string; headerRow: number }[];
  skippedSheets: string[];
  macroprocesses: SheetImportMacroprocess[];
};

/** What one row planned, for carrying into the new plan's tabs (by area code, in row order). */
export type SheetRowContent = {
  sheet: string;
  row: number;
  objective: string;
  values: Partial<Record<SheetField, string | number>>;
};

/** The result of `importSpreadsheet`: the template (null when `problems` is not empty) and what it could not place. */
export type SheetImport = {
  template: Template | null;
  tree: SheetImportTree;
  columns: SheetColumn[];
  unplacedRows: UnplacedRow[];
  unplacedColumns: UnplacedColumn[];
  problems: SheetImportProblem[];
  /** What each area's rows planned, by area code, in row order (for carrying into the new plan's tabs). */
  rows: Record<string, SheetRowContent[]>;
};
