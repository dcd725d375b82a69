/** An ExcelJS workbook → the core's `WorkbookSnapshot`: tables by name, single-cell names, the stored template. */
import ExcelJS from "exceljs";
import { parseRangeAddress } from "../../../src/core/workbook/address";
import { Cell } from "../../../src/core/workbook/CellValue";
import { Rect } from "../../../src/core/workbook/rectsAround";
import { regionBelowTable } from "../../../src/core/workbook/regionBelowTable";
import { SHEET } from "../../../src/core/workbook/sheetNames";
import {
  TEMPLATE_SHEET_ROW,
  joinTemplateJson,
} from "../../../src/core/workbook/layout/templateSheet";
import {
  SheetVisibility,
  TableSnapshot,
  WorkbookSnapshot,
} from "../../../src/core/workbook/WorkbookSnapshot";
import { toCell } from "./toCell";
import { tableHeaders } from "../../../src/core/workbook/tableHeaders";
import "./headerRowCount";

type TableRef = { name: string; ref: string; columnNames: string[]; headerShown: boolean };

/**
 * A loaded table's name, range, `<tableColumn name>`s and whether its header row is shown (`headerRowCount`, read
 * as Excel reads it: `./headerRowCount`).
 */
function tableRef(table: ExcelJS.Table): TableRef | null {
  // Loaded tables keep their model on `.table` (ExcelJS has no public accessor for it).
  const model = (
    table as unknown as {
      table?: {
        name?: string;
        tableRef?: string;
        ref?: string;
        headerRow?: boolean;
        columns?: { name?: string }[];
      };
    }
  ).table;
  const ref = model?.tableRef ?? model?.ref;
  return model?.name && ref
    ? {
        name: model.name,
        ref,
        columnNames: (model.columns ?? []).map((column) => String(column.name ?? "")),
        headerShown: model.headerRow !== false,
      }
    : null;
}

/**
 * The smallest rectangle of the cells holding a value or a formula in `region` (`regionBelowTable`), read row by
 * row through ExcelJS's own row model; null when there are none.
 */
function filledIn(sheet: ExcelJS.Worksheet, region: Rect): Rect | null {
  let filled: Rect | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber < region.top || rowNumber > region.bottom) return;
    for (let column = region.left; column <= region.right; column++) {
      const value = row.getCell(column).value;
      if (value === null || value === undefined || value === "") continue;
      filled = filled
        ? {
            top: Math.min(filled.top, rowNumber),
            left: Math.min(filled.left, column),
            bottom: Math.max(filled.bottom, rowNumber),
            right: Math.max(filled.right, column),
          }
        : { top: rowNumber, left: column, bottom: rowNumber, right: column };
    }
  });
  return filled;
}

function readTable(sheet: ExcelJS.Worksheet, table: TableRef, others: Rect[]): TableSnapshot {
  const { name, ref } = table;
  const { top, left, bottom, right } = parseRangeAddress(ref);
  const rowCells = (rowNumber: number): Cell[] => {
    const row = sheet.getRow(rowNumber);
    return Array.from({ length: right - left + 1 }, (_, i) => toCell(row.getCell(left + i)));
  };
  // Without a header row the range starts at the first data row; headers as the package reader reads them.
  const headerRow = table.headerShown ? top : top - 1;
  const headers = tableHeaders(
    table.headerShown ? rowCells(top) : null,
    table.columnNames,
    right - left + 1
  );
  const rows: Cell[][] = [];
  for (let row = headerRow + 1; row <= bottom; row++) rows.push(rowCells(row));
  const region = regionBelowTable({ top, left, bottom, right }, others);
  const filledBelow = region ? filledIn(sheet, region) : null;
  return {
    name,
    sheet: sheet.name,
    headerRow,
    firstColumn: left,
    headers,
    ...(table.headerShown ? {} : { headerRowHidden: true }),
    rows,
    ...(filledBelow ? { filledBelow } : {}),
  };
}

function readNames(workbook: ExcelJS.Workbook): Record<string, Cell> {
  const names: Record<string, Cell> = {};
  for (const { name, ranges } of workbook.definedNames.model) {
    if (ranges.length !== 1) continue;
    const match = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/.exec(ranges[0]);
    if (!match) continue;
    const sheet = workbook.getWorksheet((match[1] ?? match[2]).replace(/''/g, "'"));
    if (sheet) names[name] = toCell(sheet.getCell(`${match[3]}${match[4]}`));
  }
  return names;
}

function readTemplateJson(workbook: ExcelJS.Workbook): string | undefined {
  const sheet = workbook.getWorksheet(SHEET.template);
  if (!sheet) return undefined;
  const row = sheet.getRow(TEMPLATE_SHEET_ROW.json);
  const cells: unknown[] = [];
  for (let column = 2; column <= row.cellCount; column++) cells.push(row.getCell(column).value);
  const json = joinTemplateJson(cells);
  return json === "" ? undefined : json;
}

export function readSnapshot(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const tables: TableSnapshot[] = [];
  for (const sheet of workbook.worksheets) {
    const refs = sheet
      .getTables()
      .flatMap((table) => tableRef(table as unknown as ExcelJS.Table) ?? []);
    for (const ref of refs)
      tables.push(
        readTable(
          sheet,
          ref,
          refs.filter((other) => other !== ref).map((other) => parseRangeAddress(other.ref))
        )
      );
  }
  return {
    sheets: workbook.worksheets.map((sheet) => ({
      name: sheet.name,
      visibility: sheet.state as SheetVisibility,
    })),
    tables,
    names: readNames(workbook),
    templateJson: readTemplateJson(workbook),
  };
}
