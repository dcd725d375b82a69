/** One template area whose table was found, prepared once for every rule: its columns, rows and weighting. */
import { AreaSheet } from "../plan/AreaSheet";
import { PlanConfig } from "../plan/PlanConfig";
import { Area, Template } from "../template/Template";
import { AreaColumn } from "../workbook/areaColumns";
import { RowFormulaColumns } from "../workbook/rowFormulas";

/** A template column that the table has, with its 0-based position in the table. */
export type PresentColumn = AreaColumn & { index: number };

export type AreaContext = {
  sheet: AreaSheet;
  area: Area;
  template: Template;
  config: PlanConfig;
  /** Template columns found in the table, in template order. */
  columns: PresentColumn[];
  /** 0-based data-row indexes: rows with anything typed, of which filled and unfilled. */
  rows: number[];
  filledRows: number[];
  unfilledRows: number[];
  /** The area weights its rows: some filled row has a numeric `Ponderación` > 0. */
  weighted: boolean;
  /** Positions the computed columns' formulas refer to; null when the table lacks one of their inputs. */
  formulaColumns: RowFormulaColumns | null;
};
