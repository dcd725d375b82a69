/** The tab of one area: a title block above the area's Excel table (SPEC §3.1–§3.3). */
import { Area, Macroprocess, Template } from "../../template/Template";
import { AreaColumn, areaColumns } from "../areaColumns";
import { cellAddress, columnLetter, rangeAddress } from "../address";
import { dateSerial } from "../dateSerial";
import { rowFormulaColumns, rowFormulas } from "../rowFormulas";
import { tableName } from "../sheetNames";
import { bandFormat } from "./bandFormat";
import { wrappedRowHeight } from "./wrappedRowHeight";
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
import { DEFAULT_LISTS, REPORT_DRAFT } from "../../template/Template";

/** The header row of every area table; the title block sits above it. */
export const AREA_HEADER_ROW = 7;
export const AREA_NOTE_ROW = 6;

export function areaId(code: string, index: number): string {
  return `${code}-${String(index + 1).padStart(2, "0")}`;
}

const NUMBER_FORMAT: Partial<Record<AreaColumn["type"], string>> = {
  percentage: "0%",
  date: "dd/mm/yyyy",
  currency: '"$" #,##0',
};

function columnStyle(column: AreaColumn): CellStyle {
  if (column.type === "computed") {
    const numberFormat = column.key === "compliance" ? "0.0%" : undefined;
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
    ...(column.type === "text" ? { wrap: true } : {}),
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
    default:
      return null;
  }
}

function semaphoreFormats(
  complianceColumn: number,
  semaphoreRange: string,
  complianceRange: string,
  firstRow: number
): ConditionalFormatPatch[] {
  const c = `$${columnLetter(complianceColumn)}${firstRow}`;
  return [
    bandFormat(semaphoreRange, c),
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
};

const CARRIED_COLUMN_WIDTH = 16;

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
  const rowCount = Math.max(area.objectives.length, 1, options.rowCount ?? 0);
  const lastRow = AREA_HEADER_ROW + rowCount;

  const rows: CellInput[][] = Array.from({ length: rowCount }, (_, index) => {
    const formulas = rowFormulas(formulaColumns, firstRow + index);
    const objective = area.objectives[index];
    const cells = columns.map((column): CellInput => {
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
  sheet.columnWidths = [
    ...columns.map((column) => column.width),
    ...carried.map(() => CARRIED_COLUMN_WIDTH),
  ];
  const title: CellInput[][] = [
    [WORKBOOK_TEXT.planTitle(template.year, template.organisation), null],
    [WORKBOOK_TEXT.area, area.name],
    [WORKBOOK_TEXT.macroprocess, macroprocess.name],
    [WORKBOOK_TEXT.section, area.section],
    [WORKBOOK_TEXT.year, template.year],
  ];
  sheet.blocks.push({ row: 1, column: 1, values: title });
  if (area.note) sheet.blocks.push({ row: AREA_NOTE_ROW, column: 1, values: [[area.note]] });
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
    if (validation) sheet.validations.push(validation);
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
  const objectiveWidth = columns.find((column) => column.key === "objective")?.width ?? 40;
  sheet.rowHeights = [
    { row: AREA_HEADER_ROW, height: 30 },
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
    printTitleRows: `${AREA_HEADER_ROW}:${AREA_HEADER_ROW}`,
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
