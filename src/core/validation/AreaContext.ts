/** One template area whose table was found, prepared once for every rule: its columns, rows and weighting. */
import { AreaSheet } from "../plan/AreaSheet";
import { PlanConfig } from "../plan/PlanConfig";
import { AreaSemaphore, RowSemaphore } from "../semaphore/computeSemaphore";
import { Area, Template } from "../template/Template";
import { AreaColumn } from "../workbook/areaColumns";
import { OverwrittenFormulaTest } from "./overwrittenFormulaTest";

/** A template column that the table has, with its 0-based position in the table. */
export type PresentColumn = AreaColumn & { index: number };

/** The area's semáforo at the cut-off, as the operation computed it once. */
export type AreaSemaphoreContext = {
  area: AreaSemaphore;
  /** Each row's semáforo by 0-based data-row index (rows with nothing typed have none). */
  rows: (RowSemaphore | undefined)[];
};

export type AreaContext = {
  sheet: AreaSheet;
  area: Area;
  template: Template;
  config: PlanConfig;
  /** Template columns found in the table, in template order. */
  columns: PresentColumn[];
  /** The same columns by header. */
  columnsByHeader: Map<string, PresentColumn>;
  /** 0-based position of the `ID` column in the table; -1 without one. */
  idColumn: number;
  /** 0-based data-row indexes, ascending: rows with anything typed, of which filled and unfilled. */
  rows: number[];
  filledRows: number[];
  unfilledRows: number[];
  /** The area weights its rows: some filled row has a numeric `Ponderación` > 0. */
  weighted: boolean;
  /**
   * Whether a computed cell still holds its formula (shared with the semáforo); null when the table lacks an input of
   * the computed columns' formulas.
   */
  formulaTest: OverwrittenFormulaTest | null;
  /** Null when the cut-off is not known (no figure is checked then). */
  semaphore: AreaSemaphoreContext | null;
};
