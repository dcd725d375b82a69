/**
 * The part of the Excel JavaScript API the Office host uses, and nothing more. Every member is picked from
 * `@types/office-js` (so a misspelt member fails to compile), and `RealContextFits` below proves that Excel's own
 * `Excel.RequestContext` satisfies it, so production passes `Excel.run` unchanged while tests pass the strict fake
 * (test/fakes/excel), whose classes implement these interfaces.
 */

export type ExcelRangeFormat = Pick<
  Excel.RangeFormat,
  "wrapText" | "horizontalAlignment" | "verticalAlignment" | "columnWidth" | "rowHeight"
> & {
  font: Pick<Excel.RangeFont, "bold" | "italic" | "size" | "color">;
  fill: Pick<Excel.RangeFill, "color">;
  protection: Pick<Excel.FormatProtection, "locked">;
};

export type ExcelConditionalFormat = {
  custom: {
    rule: Pick<Excel.ConditionalFormatRule, "formula">;
    format: Pick<Excel.ConditionalRangeFormat, "numberFormat"> & {
      fill: Pick<Excel.ConditionalRangeFill, "color">;
      font: Pick<Excel.ConditionalRangeFont, "color" | "bold">;
    };
  };
  dataBar: Pick<Excel.DataBarConditionalFormat, "lowerBoundRule" | "upperBoundRule"> & {
    positiveFormat: Pick<Excel.ConditionalDataBarPositiveFormat, "fillColor" | "gradientFill">;
  };
  colorScale: Pick<Excel.ColorScaleConditionalFormat, "criteria">;
};

export type ExcelRange = Pick<
  Excel.Range,
  | "values"
  | "formulas"
  | "numberFormat"
  | "valueTypes"
  | "address"
  | "rowIndex"
  | "columnIndex"
  | "rowCount"
  | "columnCount"
  | "isNullObject"
  | "select"
  | "merge"
> & {
  /**
   * ExcelApi 1.7 (under the manifest's minimum): a link on each cell of the range (`address` outside the workbook,
   * `documentReference` a place in it, `screenTip`, `textToDisplay` — which becomes the top-left cell's text).
   * Only set, never read through this property (`getCellProperties` reads a link per cell).
   */
  hyperlink: Excel.RangeHyperlink;
  /** ExcelApi 1.9 (the manifest's minimum): per cell, the properties asked for; only links are asked for. */
  getCellProperties(options: { hyperlink: true }): {
    value: Pick<Excel.CellProperties, "hyperlink">[][];
  };
  load(propertyNames: string[]): ExcelRange;
  getRow(row: number): ExcelRange;
  getLastRow(): ExcelRange;
  /**
   * ExcelApi 1.4 (under the manifest's minimum): the smallest range holding the range's used cells — with
   * `valuesOnly`, those holding a value or a formula — or a null object when it has none. Only its extent is loaded.
   */
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  /** ExcelApi 1.1, over whole rows ("5:7"): rows inserted above them; what lies below, and every reference to it
   * (formulas, names, charts, tables), moves down. */
  insert(shift: "Down"): unknown;
  /** ExcelApi 1.1, over whole rows: the rows go; what lies below, and every reference to it, moves up. */
  delete(shift: "Up"): void;
  /** ExcelApi 1.1: "All" clears contents and formats (merges too). */
  clear(applyTo?: "All" | "Formats" | "Contents"): void;
  format: ExcelRangeFormat;
  dataValidation: Pick<
    Excel.DataValidation,
    "type" | "rule" | "errorAlert" | "prompt" | "ignoreBlanks"
  > & {
    clear(): void;
  };
  conditionalFormats: {
    add(type: "Custom" | "DataBar" | "ColorScale"): ExcelConditionalFormat;
    clearAll(): void;
  };
};

/** Fill of a chart part (series, data point): colours are set, never read back. */
export type ExcelChartFill = { setSolidColor(color: string): void };

export type ExcelChartSeries = Pick<Excel.ChartSeries, "name" | "chartType" | "hasDataLabels"> & {
  setValues(sourceData: ExcelRange): void;
  setXAxisValues(sourceData: ExcelRange): void;
  format: {
    fill: ExcelChartFill;
    line: Pick<Excel.ChartLineFormat, "color" | "lineStyle">;
  };
  points: { getItemAt(index: number): { format: { fill: ExcelChartFill } } };
};

export type ExcelChart = {
  delete(): void;
  setPosition(startCell: string, endCell?: string): void;
  title: Pick<Excel.ChartTitle, "text">;
  series: {
    getItemAt(index: number): ExcelChartSeries;
    add(name?: string): ExcelChartSeries;
  };
  axes: { valueAxis: Pick<Excel.ChartAxis, "minimum" | "maximum" | "numberFormat"> };
};

export type ExcelTable = Pick<Excel.Table, "id" | "name" | "style" | "isNullObject"> & {
  load(propertyNames: string): ExcelTable;
  /** ExcelApi 1.3: false when Table Design › Header Row is unchecked (the range starts at the first data row). */
  readonly showHeaders: boolean;
  /** The columns' names (`TableColumn.name`, ExcelApi 1.1), kept while the header row is hidden. */
  columns: { items: { name: string }[]; load(propertyNames: string): unknown };
  getRange(): ExcelRange;
  getHeaderRowRange(): ExcelRange;
  getDataBodyRange(): ExcelRange;
  worksheet: Pick<Excel.Worksheet, "name"> & { load(propertyNames: string): unknown };
  /** ExcelApi 1.13: the header row stays where it is; the new range overlaps the old. */
  resize(newRange: string): void;
  delete(): void;
};

export type ExcelWorksheet = Pick<
  Excel.Worksheet,
  "id" | "name" | "position" | "visibility" | "tabColor" | "isNullObject" | "delete" | "activate"
> & {
  load(propertyNames: string): ExcelWorksheet;
  getRange(address: string): ExcelRange;
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): ExcelRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  tables: {
    items: ExcelTable[];
    load(propertyNames: string): unknown;
    add(address: string, hasHeaders: boolean): ExcelTable;
  };
  charts: {
    items: ExcelChart[];
    load(propertyNames: string): unknown;
    add(
      type: "ColumnClustered" | "BarClustered",
      sourceData: ExcelRange,
      seriesBy?: "Auto" | "Columns" | "Rows"
    ): ExcelChart;
  };
  freezePanes: Pick<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "unfreeze"> & {
    freezeAt(frozenRange: string): void;
  };
  protection: Pick<Excel.WorksheetProtection, "protected" | "options" | "unprotect"> & {
    protect(options?: Excel.WorksheetProtectionOptions, password?: string): void;
    load(propertyNames: string): unknown;
  };
  pageLayout: Pick<
    Excel.PageLayout,
    "orientation" | "zoom" | "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin"
  > & {
    setPrintArea(printArea: string): void;
    setPrintTitleRows(printTitleRows: string): void;
    setPrintTitleColumns(printTitleColumns: string): void;
  };
  /** Manual page breaks above rows (PageBreakCollection, ExcelApi 1.9). */
  horizontalPageBreaks: { add(pageBreakRange: string): unknown };
};

export type ExcelNamedItem = Pick<
  Excel.NamedItem,
  "name" | "type" | "formula" | "isNullObject" | "delete"
> & {
  load(propertyNames: string): ExcelNamedItem;
  getRangeOrNullObject(): ExcelRange;
};

/** A worksheet function's result (`Excel.FunctionResult`, ExcelApi 1.2): `value`, or `error` where it failed. */
export type ExcelFunctionResult = Pick<Excel.FunctionResult<number>, "value" | "error"> & {
  load(propertyNames: string): unknown;
};

export type ExcelWorkbook = {
  /**
   * Worksheet functions computed by Excel in this workbook (ExcelApi 1.2, under the manifest's minimum), without a
   * cell: `DATE` answers in the workbook's date system, which is how the host learns it (dateSystem.ts).
   */
  functions: { date(year: number, month: number, day: number): ExcelFunctionResult };
  worksheets: {
    items: ExcelWorksheet[];
    load(propertyNames: string): unknown;
    add(name?: string): ExcelWorksheet;
    getItem(key: string): ExcelWorksheet;
    getItemOrNullObject(key: string): ExcelWorksheet;
  };
  tables: {
    items: ExcelTable[];
    load(propertyNames: string): unknown;
    getItemOrNullObject(key: string): ExcelTable;
  };
  names: {
    items: ExcelNamedItem[];
    load(propertyNames: string): unknown;
    add(name: string, reference: string, comment?: string): ExcelNamedItem;
    getItemOrNullObject(name: string): ExcelNamedItem;
  };
  /** Workbook structure protection (ExcelApi 1.7): blocks adding, renaming, moving and deleting sheets. */
  protection: Pick<Excel.WorkbookProtection, "protected"> & {
    load(propertyNames: string): unknown;
  };
  application: Pick<Excel.Application, "suspendApiCalculationUntilNextSync"> & {
    calculate(calculationType: "Recalculate" | "Full" | "FullRebuild"): void;
  };
};

export type ExcelContext = {
  workbook: ExcelWorkbook;
  runtime: Pick<Excel.Runtime, "enableEvents">;
  sync(): Promise<void>;
};

/** `Excel.run` narrowed to what the host needs; tests pass the fake's `run`. */
export type ExcelRun = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;

/** Compile-time proof that Excel's own objects have every member above, with compatible types. */
type Fits<Real extends Subset, Subset> = Real;
export type RealContextFits = Fits<Excel.RequestContext, ExcelContext>;
