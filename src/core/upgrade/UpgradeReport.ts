/** What an upgrade (SPEC §2 "Template evolution") added, kept and could not do as asked, as data for any shell. */
import { UpgradeProblemCode } from "../messages/catalog/upgradeMessages";
import { MessageParams } from "../messages/formatMessage";

/** Something the user should know: a code of `upgradeMessages` and its parameters. */
export type UpgradeProblem = { code: UpgradeProblemCode; params: MessageParams };

export type UpgradeReport = {
  templateId: string;
  fromVersion: number;
  toVersion: number;
  /** Areas that got a new tab (new in the template, or whose table the workbook had lost). */
  addedAreas: { code: string; name: string; sheet: string }[];
  /** Headers of area-table columns the new template defines and the old one did not. */
  addedColumns: string[];
  /** Per list (template key): values the new template adds; a new list lists all its values. */
  addedListValues: { list: string; values: string[] }[];
  /** Objectives appended to existing areas as new pre-filled rows. */
  addedObjectives: { area: string; id: string; objective: string }[];
  /** Rows of the old area tables that held something, all carried in their order. */
  keptRows: number;
  /** Columns users added to an area table, which the new template does not define: carried at the table's end. */
  carriedUserColumns: { area: string; sheet: string; header: string }[];
  /** Cells users typed on an area tab around its table, carried to the same address of the rebuilt tab. */
  carriedOutside: { area: string; sheet: string; cells: string[] }[];
  /**
   * Cells whose formulas pointed into a rebuilt area tab and now point at the same cells there (moved right by new
   * columns, as Excel moves references when columns are inserted), by sheet, at their addresses after the upgrade.
   */
  movedFormulas: { sheet: string; cells: string[] }[];
  /**
   * Workbook names users defined whose references into a rebuilt area tab were moved the same way, then names scoped
   * to one sheet (as `'Mi hoja'!MiNombre`).
   */
  movedNames: string[];
  /** Charts on other sheets whose series read a rebuilt area tab, moved the same way: by title, else "#n" on the sheet. */
  movedCharts: { sheet: string; charts: string[] }[];
  /** Per sheet, how many of its formulas outside cells (data validation, conditional formats) were moved the same way. */
  movedRuleFormulas: { sheet: string; count: number }[];
  /** Area tables the new template no longer has: their tabs were left exactly as they were. */
  keptAreas: { code: string; table: string; sheet: string }[];
  problems: UpgradeProblem[];
};
