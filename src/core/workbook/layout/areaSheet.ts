/** The tab of one area: a title block above the area's Excel table (SPEC §3.1–§3.3). */
import { NUMBER_FORMATS } from "../numberFormats";
import { Area, Macroprocess, Template } from "../../template/Template";
import { AreaColumn, areaColumns, isUnitFigure } from "../areaColumns";
import { consecutiveRuns } from "../percentFigureStyles";
import { cellAddress, columnLetter, rangeAddress } from "../address";
import { dateSerial } from "../dateSerial";
import { rowFormulaColumns, rowFormulas } from "../rowFormulas";
import { tableName } from "../sheetNames";
import { MAX_CELL_TEXT } from "../sheetLimits";
import { bandFormat } from "./bandFormat";
import { columnPrompt } from "./columnPrompt";
import { wrappedRowHeight } from "./wrappedRowHeight";
import { headerRowHeight, widthsForHeaders } from "./headerWidth";
import { listName, NAME } from "../workbookNames";
import { BAND_COLORS, WORKBOOK_TEXT } from "../workbookText";
import {
  CellInput,
  CellStyle,
  ConditionalFormatPatch,
  DataValidationPatch,
  SheetPatch,
  StyledRange,
  emptySheet,
} from "../WorkbookPatch";
import { DEFAULT_LISTS, REPORT_DRAFT, UNIT_PERCENT } from "../../template/Template";

/** The header row of every area table; the title block sits above it. */
export const AREA_HEADER_ROW = 7;
export const AREA_NOTE_ROW = 6;

export function areaId(code: string, index: number): string {
  return `${code}-${String(index + 1).padStart(2, "0")}`;
}

const NUMBER_FORMAT: Partial<Record<AreaColumn["type"], string>> = {
  percentage: NUMBER_FORMATS.percent,
  date: NUMBER_FORMATS.date,
  currency: NUMBER_FORMATS.currency,
};

function columnStyle(column: AreaColumn): CellStyle {
  if (column.type === "computed") {
    const numberFormat = column.key === "compliance" ? NUMBER_FORMATS.compliance : undefined;
    return {
      locked: true,
      fill: BAND_COLORS.computedFill,
      vertical: "top",
      ...(numberFormat ? { numberFormat } : {}),
    };
  }
  const numberFormat = NUMBER_FORMAT[column.type];
  return {
    locked: false,
    ...(numberFormat ? { numberFormat } : {}),
    vertical: "top",
    ...(column.type === "text" || column.type === "list" ? { wrap: true } : {}),
  };
}

function columnValidation(
  column: AreaColumn,
  range: string,
  year: number
): DataValidationPatch | null {
  const text = WORKBOOK_TEXT.validation;
  switch (column.type) {
    case "list":
      return column.list
        ? {
            range,
            rule: { kind: "list", source: listName(column.list) },
            error: { title: text.listTitle, message: text.listMessage(column.header) },
          }
        : null;
    case "number":
    case "currency":
      return column.key === "goal"
        ? {
            range,
            rule: { kind: "decimal", operator: "greaterThan", min: 0 },
            error: { title: text.numberTitle, message: text.goalMessage },
          }
        : {
            range,
            rule: { kind: "decimal", operator: "greaterThanOrEqual", min: 0 },
            error: { title: text.numberTitle, message: text.numberMessage(column.header) },
          };
    case "percentage":
      return {
        range,
        rule: { kind: "decimal", operator: "between", min: 0, max: 1 },
        error: { title: text.percentTitle, message: text.percentMessage(column.header) },
      };
    case "date":
      return {
        range,
        rule: { kind: "date", min: dateSerial(year, 1, 1), max: dateSerial(year, 12, 31) },
        error: { title: text.dateTitle, message: text.dateMessage(column.header, year) },
      };
    case "text":
      // Only to carry the input message: Excel shows a prompt only on a validated cell, and every shell writes
      // a text-length rule; a cell cannot hold more than 32,767 characters anyway.
      return {
        range,
        rule: { kind: "textLength", max: MAX_CELL_TEXT },
        error: { title: text.textTitle, message: text.textMessage(column.header) },
      };
    default:
      return null;
  }
}

/**
 * Where the title block shows the running total of the area's weights: the live formula in E4 (row of the short
 * "Sección" line), its label right-aligned in D4 and running left over empty cells.
 */
export const WEIGHT_TOTAL_ROW = 4;
export const WEIGHT_TOTAL_COLUMN = 5;

/**
 * Column widths of an area tab, narrower than the matrix's: the table prints two landscape pages wide with
 * text at 8 pt or more (Letter paper, narrow margins: at most about 340 characters of width in all, measured
 * with LibreOffice and Carlito, Calibri's metric twin).
 * Text and list cells wrap.
 */
const AREA_TAB_WIDTH: Partial<Record<AreaColumn["key"], number>> = {
  id: 7,
  objective: 18,
  activity: 15,
  deliverable: 11,
  indicator: 13,
  indicatorFormula: 10,
  indicatorType: 10,
  unit: 10,
  direction: 10,
  baseline: 8,
  goal: 8,
  // "Programado" in bold needs 11.
  programmed: 11,
  // "Ejecutado" in bold needs 10.
  executed: 10,
  weight: 10,
  responsible: 12,
  startDate: 11,
  endDate: 11,
  budget: 11,
  evidence: 11,
  observations: 11,
  reportStatus: 10,
  extra: 12,
  programmedToDate: 10,
  executedToDate: 10,
  // "Cumplimiento" in bold needs 12.
  compliance: 12,
  semaphore: 11,
};

function semaphoreFormats(
  complianceColumn: number,
  semaphoreRange: string,
  complianceRange: string,
  firstRow: number
): ConditionalFormatPatch[] {
  const c = `$${columnLetter(complianceColumn)}${firstRow}`;
  return [
    bandFormat(semaphoreRange, c, `$${semaphoreRange.split(":")[0].replace(/^\$/, "")}`),
    {
      range: complianceRange,
      rules: [
        {
          kind: "expression",
          formula: `AND(ISNUMBER(${c}),${c}>${NAME.overExecutionThreshold})`,
          style: { fontColor: BAND_COLORS.overExecution, bold: true },
        },
      ],
    },
  ];
}

/** How an area table departs from a freshly generated one (upgrades carry rows and columns); all optional. */
export type AreaSheetOptions = {
  /** At least this many data rows (a fresh table has one per objective, at least one); extra rows start empty. */
  rowCount?: number;
  /** Headers of columns the template does not define (e.g. added by users), after its columns, as unlocked input. */
  carriedHeaders?: string[];
  /**
   * Rows to start from instead of one per objective (last year's matrix carried into the new plan): each its
   * objective and input values by header; computed columns stay formulas.
   */
  rows?: { objective: string; values: Record<string, CellInput> }[];
};

const CARRIED_COLUMN_WIDTH = 12;

export function layoutAreaSheet(
  template: Template,
  macroprocess: Macroprocess,
  area: Area,
  sheetName: string,
  options: AreaSheetOptions = {}
): SheetPatch {
  const sheet = emptySheet(sheetName);
  const columns = areaColumns(template);
  const carried = options.carriedHeaders ?? [];
  const headers = [...columns.map((column) => column.header), ...carried];
  const formulaColumns = rowFormulaColumns(headers, template.periods.labels);
  if (!formulaColumns) throw new Error("Area columns lack the computed-column inputs");
  const firstRow = AREA_HEADER_ROW + 1;
  const startRows = options.rows ?? [];
  const rowCount = Math.max(
    startRows.length > 0 ? startRows.length : area.objectives.length,
    1,
    options.rowCount ?? 0
  );
  const lastRow = AREA_HEADER_ROW + rowCount;

  const rows: CellInput[][] = Array.from({ length: rowCount }, (_, index) => {
    const formulas = rowFormulas(formulaColumns, firstRow + index);
    const start = startRows[index];
    const objective = startRows.length > 0 ? start?.objective : area.objectives[index];
    const cells = columns.map((column): CellInput => {
      const value = start?.values[column.header];
      if (value !== undefined && column.type !== "computed" && column.key !== "id") return value;
      switch (column.key) {
        case "id":
          return objective === undefined ? null : areaId(area.code, index);
        case "objective":
          return objective ?? null;
        case "direction":
          return objective === undefined ? null : DEFAULT_LISTS.direction[0];
        case "reportStatus":
          return objective === undefined ? null : REPORT_DRAFT;
        case "programmedToDate":
        case "executedToDate":
        case "compliance":
        case "semaphore":
          return { formula: formulas[column.key] };
        default:
          return null;
      }
    });
    return [...cells, ...carried.map(() => null)];
  });

  sheet.tabColor = BAND_COLORS.titleFill;
  sheet.columnWidths = widthsForHeaders(headers, [
    ...columns.map((column) => AREA_TAB_WIDTH[column.key] ?? column.width),
    ...carried.map(() => CARRIED_COLUMN_WIDTH),
  ]);
  // One line per fact, label and value in one cell that runs over the empty cells to its right: nothing is cut,
  // whatever the length of the area's or the macroprocess's name (the ID column below is narrow).
  const title: CellInput[][] = [
    [WORKBOOK_TEXT.planTitle(template.year, template.organisation)],
    [`${WORKBOOK_TEXT.area}: ${area.name}`],
    [`${WORKBOOK_TEXT.macroprocess}: ${macroprocess.name}`],
    [`${WORKBOOK_TEXT.section}: ${area.section}`],
    [`${WORKBOOK_TEXT.year}: ${template.year}`],
  ];
  sheet.blocks.push({ row: 1, column: 1, values: title });
  if (area.note) sheet.blocks.push({ row: AREA_NOTE_ROW, column: 1, values: [[area.note]] });
  const weightHeader = columns.find((column) => column.key === "weight")?.header;
  if (weightHeader !== undefined) {
    sheet.blocks.push(
      {
        row: WEIGHT_TOTAL_ROW,
        column: WEIGHT_TOTAL_COLUMN - 1,
        values: [[WORKBOOK_TEXT.weightTotal]],
      },
      {
        row: WEIGHT_TOTAL_ROW,
        column: WEIGHT_TOTAL_COLUMN,
        values: [[{ formula: `SUM(${tableName(area.code)}[${weightHeader}])` }]],
      }
    );
    const totalCell = cellAddress(WEIGHT_TOTAL_ROW, WEIGHT_TOTAL_COLUMN);
    sheet.styles.push(
      {
        range: cellAddress(WEIGHT_TOTAL_ROW, WEIGHT_TOTAL_COLUMN - 1),
        style: { bold: true, horizontal: "right" },
      },
      {
        range: totalCell,
        style: { bold: true, numberFormat: NUMBER_FORMATS.percent, horizontal: "center" },
      }
    );
    const total = `ROUND(${totalCell},4)`;
    sheet.conditionalFormats.push({
      range: totalCell,
      rules: [
        { kind: "expression", formula: `${total}=1`, style: { fill: BAND_COLORS.verde } },
        { kind: "expression", formula: `${total}<>1`, style: { fill: BAND_COLORS.rojo } },
      ],
    });
  }
  sheet.styles.push(
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: "A2:A5", style: { bold: true } }
  );
  if (area.note)
    sheet.styles.push({ range: cellAddress(AREA_NOTE_ROW, 1), style: { italic: true } });

  sheet.tables.push({
    name: tableName(area.code),
    topLeft: cellAddress(AREA_HEADER_ROW, 1),
    headers,
    rows,
    style: "TableStyleMedium2",
  });

  columns.forEach((column, index) => {
    const range = rangeAddress(firstRow, index + 1, lastRow, index + 1);
    const style: StyledRange = { range, style: columnStyle(column) };
    sheet.styles.push(style);
    const validation = columnValidation(column, range, template.year);
    const prompt = columnPrompt(column, template, area.code);
    if (validation) sheet.validations.push(prompt ? { ...validation, prompt } : validation);
  });
  if (carried.length > 0)
    sheet.styles.push({
      range: rangeAddress(firstRow, columns.length + 1, lastRow, columns.length + carried.length),
      style: { locked: false, wrap: true, vertical: "top" },
    });
  const columnRange = (column: number): string => rangeAddress(firstRow, column, lastRow, column);
  const semaphoreColumn = columns.findIndex((column) => column.key === "semaphore") + 1;
  sheet.conditionalFormats.push(
    ...semaphoreFormats(
      formulaColumns.compliance,
      columnRange(semaphoreColumn),
      columnRange(formulaColumns.compliance),
      firstRow
    )
  );
  // Porcentaje-unit rows show their figures (`isUnitFigure`: Línea base, Meta, the periods, the to-date figures)
  // as percentages (0.25 → 25 %). A cell's number format cannot depend on another cell, so it is a conditional
  // format with a number format, which Excel and LibreOffice both apply. (A tab rebuilt around typed rows gives
  // them the format as well: `fillAreaTable`.)
  const unitColumn = columns.findIndex((column) => column.key === "unit") + 1;
  const figureColumns = columns.flatMap((column, index) =>
    isUnitFigure(column) ? [index + 1] : []
  );
  if (unitColumn > 0) {
    const unitCell = `$${columnLetter(unitColumn)}${firstRow}`;
    sheet.conditionalFormats.push(
      ...consecutiveRuns(figureColumns).map(([left, right]): ConditionalFormatPatch => ({
        range: rangeAddress(firstRow, left, lastRow, right),
        rules: [
          {
            kind: "expression",
            formula: `${unitCell}="${UNIT_PERCENT}"`,
            style: { numberFormat: NUMBER_FORMATS.percent },
          },
        ],
      }))
    );
  }
  // Explicit header formatting: LibreOffice does not draw Excel's table styles.
  sheet.styles.push({
    range: rangeAddress(AREA_HEADER_ROW, 1, AREA_HEADER_ROW, headers.length),
    style: {
      bold: true,
      fill: BAND_COLORS.titleFill,
      fontColor: "FFFFFF",
      wrap: true,
      vertical: "middle",
    },
  });
  const objectiveWidth = AREA_TAB_WIDTH.objective ?? 20;
  sheet.rowHeights = [
    { row: AREA_HEADER_ROW, height: headerRowHeight(headers, sheet.columnWidths) },
    ...area.objectives.map((text, index) => ({
      row: firstRow + index,
      height: wrappedRowHeight([{ text, width: objectiveWidth }]),
    })),
  ];
  sheet.freeze = { rows: AREA_HEADER_ROW, columns: 2 };
  sheet.pageSetup = {
    orientation: "landscape",
    fitToWidth: true,
    pagesWide: 2,
    margins: "narrow",
    printTitleRows: `${AREA_HEADER_ROW}:${AREA_HEADER_ROW}`,
    // The row's ID on every page, so the right-hand page (Ejecutado … Semáforo) is read by its row. (Objetivo as
    // well took the text below 8 pt: measured 7.6 pt with LibreOffice and Carlito.)
    printTitleColumns: "A:A",
  };
  sheet.protection = {
    allow: [
      "selectLockedCells",
      "selectUnlockedCells",
      "formatColumns",
      "formatRows",
      "insertRows",
      "sort",
      "autoFilter",
    ],
  };
  return sheet;
}
