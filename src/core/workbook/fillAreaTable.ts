import { NUMBER_FORMATS } from "./numberFormats";
import { cellAddress, parseCellAddress } from "./address";
import { AreaColumn, HEADERS, isUnitFigure } from "./areaColumns";
import { percentFigureStyles, percentUnitTest } from "./percentFigureStyles";
import { wrappedRowHeight } from "./layout/wrappedRowHeight";
import { CellInput, SheetPatch, StyledRange } from "./WorkbookPatch";

const DATE_FORMAT = NUMBER_FORMATS.date;
const CARRIED_WIDTH = 16;

/**
 * Puts carried input cells (by header, one map per row) into a laid-out area sheet's table; computed columns keep
 * the layout's live formulas. A Porcentaje row's figures get the percent format (`percentFigureStyles`: 25 % stays
 * 25 %, not 0,25), a date outside a date column gets a date format of its own, so it stays a date, and each data
 * row gets the height its wrapped texts need (the layout sized rows for the objectives in template order).
 */
export function fillAreaTable(
  sheet: SheetPatch,
  rows: Map<string, CellInput>[],
  columns: AreaColumn[]
): SheetPatch {
  const [table, ...others] = sheet.tables;
  const computed = new Set(columns.filter((c) => c.type === "computed").map((c) => c.header));
  const dates = new Set(columns.filter((c) => c.type === "date").map((c) => c.header));
  const unwrapped = new Set(columns.filter((c) => c.type !== "text").map((c) => c.header));
  const topLeft = parseCellAddress(table.topLeft);
  const dateStyles: StyledRange[] = [];
  const filled = [...table.rows].map((cells, r) =>
    cells.map((cell, c) => {
      const header = table.headers[c];
      if (computed.has(header)) return cell;
      const value = rows[r]?.get(header) ?? null;
      if (value !== null && typeof value === "object" && "date" in value && !dates.has(header))
        dateStyles.push({
          range: cellAddress(topLeft.row + 1 + r, topLeft.column + c),
          style: { numberFormat: DATE_FORMAT },
        });
      return value;
    })
  );
  const isPercent = percentUnitTest();
  const percentRows = rows.flatMap((row, r) =>
    r < filled.length && isPercent(row.get(HEADERS.unit)) ? [topLeft.row + 1 + r] : []
  );
  const figures = new Set(columns.filter(isUnitFigure).map((c) => c.header));
  const figureColumns = table.headers.flatMap((header, c) =>
    figures.has(header) ? [topLeft.column + c] : []
  );
  const heights = filled.map((cells, r) => ({
    row: topLeft.row + 1 + r,
    height: wrappedRowHeight(
      cells.map((value, c) => ({
        text: typeof value === "string" && !unwrapped.has(table.headers[c]) ? value : null,
        width: sheet.columnWidths?.[topLeft.column - 1 + c] ?? CARRIED_WIDTH,
      }))
    ),
  }));
  return {
    ...sheet,
    // A date typed in a figure column stays a date, whatever the row's unit.
    styles: [...sheet.styles, ...percentFigureStyles(percentRows, figureColumns), ...dateStyles],
    rowHeights: [...(sheet.rowHeights ?? []).filter(({ row }) => row <= topLeft.row), ...heights],
    tables: [{ ...table, rows: filled }, ...others],
  };
}
