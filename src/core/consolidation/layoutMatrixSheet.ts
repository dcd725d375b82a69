/** The `Matriz` sheet: one Excel table of the consolidated rows, the planning office's columns highlighted. */
import { NUMBER_FORMATS } from "../workbook/numberFormats";
import { PlanConfig } from "../plan/PlanConfig";
import { Template } from "../template/Template";
import { areaColumns, AreaColumn, isUnitFigure } from "../workbook/areaColumns";
import { percentFigureStyles, percentUnitTest } from "../workbook/percentFigureStyles";
import { cellAddress, columnLetter, rangeAddress } from "../workbook/address";
import { SHEET } from "../workbook/sheetNames";
import { BAND_COLORS, WORKBOOK_TEXT } from "../workbook/workbookText";
import { CellStyle, SheetPatch, StyledRange, emptySheet } from "../workbook/WorkbookPatch";
import { Matrix } from "./buildMatrix";
import { MATRIX } from "./matrixLayout";
import { bandFormat } from "../workbook/layout/bandFormat";
import { headerRowHeight, widthsForHeaders } from "../workbook/layout/headerWidth";
import { LINE_HEIGHT, wrappedRowHeight } from "../workbook/layout/wrappedRowHeight";

export const MATRIX_TEXT = {
  title: (year: number, organisation: string) =>
    `Matriz de planeación — ${WORKBOOK_TEXT.planTitle(year, organisation)}`,
  cutoff: (label: string) =>
    `Corte: ${label}. Las columnas amarillas son de la Oficina de Planeación y se conservan al volver a consolidar.`,
  verifiedTitle: "Verificado",
  verifiedMessage: "Elija Sí o No.",
};

const PLANNING_FILL = "FFF2CC";

function styleOf(column: AreaColumn): CellStyle | null {
  if (column.key === "compliance") return { numberFormat: NUMBER_FORMATS.compliance };
  if (column.type === "percentage") return { numberFormat: NUMBER_FORMATS.percent };
  if (column.type === "date") return { numberFormat: NUMBER_FORMATS.date };
  if (column.type === "currency") return { numberFormat: NUMBER_FORMATS.currency };
  if (column.type === "text") return { wrap: true, vertical: "top" };
  return null;
}

export function layoutMatrixSheet(
  template: Template,
  config: PlanConfig,
  matrix: Matrix
): SheetPatch {
  const sheet = emptySheet(SHEET.matrix);
  const columns = areaColumns(template);
  const headerRow = MATRIX.headerRow;
  const firstRow = headerRow + 1;
  const rows = matrix.rows.length > 0 ? matrix.rows : [matrix.headers.map(() => null)];
  const lastRow = headerRow + rows.length;
  const offset = 2; // Macroproceso, Área
  sheet.blocks.push({
    row: 1,
    column: 1,
    values: [
      [MATRIX_TEXT.title(template.year, template.organisation)],
      [MATRIX_TEXT.cutoff(config.cutoffLabel)],
    ],
  });
  sheet.styles.push(
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: "A2", style: { italic: true } }
  );
  sheet.tables.push({
    name: MATRIX.table,
    topLeft: cellAddress(headerRow, 1),
    headers: matrix.headers,
    rows,
    style: "TableStyleMedium9",
  });
  sheet.columnWidths = widthsForHeaders(matrix.headers, [
    22,
    28,
    ...columns.map((column) => column.width),
    36,
    12,
  ]);
  // Rows as tall as their wrapped text (LibreOffice does not fit rows on open), the header as tall as its words.
  const wrapped = new Set([
    0,
    1,
    ...columns.flatMap((column, index) => (column.type === "text" ? [offset + index] : [])),
    offset + columns.length,
  ]);
  // A date where its column has no date format (typed in «Entregable», or in «Ponderación» where Excel turned
  // "1/4" into 1 April) gets a date format of its own: it reads back from `Matriz` as the date the tab holds, not
  // as a number (SPEC §5.1: the semáforo of the matrix is the tabs').
  const dateColumns = new Set(
    columns.flatMap((column, index) => (column.type === "date" ? [offset + index] : []))
  );
  const dateCells: StyledRange[] = [];
  // A Porcentaje row's figures as percentages, as its tab shows them (0.25 → 25 %), by the row's own unit.
  const unitColumn = offset + columns.findIndex((column) => column.key === "unit");
  const isPercent = percentUnitTest();
  const percentRows: number[] = [];
  const figureColumns = columns.flatMap((column, index) =>
    isUnitFigure(column) ? [offset + index + 1] : []
  );
  const widths = sheet.columnWidths;
  sheet.rowHeights = [{ row: headerRow, height: headerRowHeight(matrix.headers, widths) }];
  // A row of one line keeps the default height: only taller rows are listed. Each row is made once here, and again
  // when written (the matrix holds no row's values: `RowsByIndex`).
  let index = 0;
  for (const values of matrix.rows) {
    const height = wrappedRowHeight(
      values.flatMap((value, column) =>
        wrapped.has(column) && typeof value === "string"
          ? [{ text: value, width: widths[column] }]
          : []
      )
    );
    if (height > LINE_HEIGHT) sheet.rowHeights.push({ row: firstRow + index, height });
    if (isPercent(values[unitColumn])) percentRows.push(firstRow + index);
    values.forEach((value, column) => {
      if (
        value !== null &&
        typeof value === "object" &&
        "date" in value &&
        !dateColumns.has(column)
      )
        dateCells.push({
          range: cellAddress(firstRow + index, column + 1),
          style: { numberFormat: NUMBER_FORMATS.date },
        });
    });
    index++;
  }
  // Every cell of a row at its top, beside its wrapped text (Macroproceso and Área read with their row).
  sheet.styles.push(
    {
      range: rangeAddress(firstRow, 1, lastRow, matrix.headers.length),
      style: { vertical: "top" },
    },
    // Macroproceso and Área wrap within their columns (a long area name never runs into the ID beside it).
    { range: rangeAddress(firstRow, 1, lastRow, 2), style: { wrap: true } }
  );
  columns.forEach((column, index) => {
    const style = styleOf(column);
    if (style)
      sheet.styles.push({
        range: rangeAddress(firstRow, offset + index + 1, lastRow, offset + index + 1),
        style,
      });
  });
  const notesColumn = offset + columns.length + 1;
  sheet.styles.push({
    range: rangeAddress(firstRow, notesColumn, lastRow, notesColumn + 1),
    style: { fill: PLANNING_FILL, wrap: true, vertical: "top" },
  });
  // A date typed in a figure column stays a date, whatever the row's unit.
  sheet.styles.push(...percentFigureStyles(percentRows, figureColumns), ...dateCells);
  sheet.validations.push({
    range: rangeAddress(firstRow, notesColumn + 1, lastRow, notesColumn + 1),
    rule: { kind: "list", source: `"${MATRIX.verifiedValues.join(",")}"` },
    error: { title: MATRIX_TEXT.verifiedTitle, message: MATRIX_TEXT.verifiedMessage },
  });
  const compliance = offset + columns.findIndex((column) => column.key === "compliance") + 1;
  const semaphore = offset + columns.findIndex((column) => column.key === "semaphore") + 1;
  sheet.conditionalFormats.push(
    bandFormat(
      rangeAddress(firstRow, semaphore, lastRow, semaphore),
      `$${columnLetter(compliance)}${firstRow}`,
      `$${columnLetter(semaphore)}${firstRow}`
    )
  );
  sheet.freeze = { rows: headerRow, columns: 4 };
  // Printing: the header styled explicitly (LibreOffice does not draw table styles) and repeated on every page;
  // landscape, narrow margins, four pages wide keeps text near 8 pt.
  sheet.styles.push({
    range: rangeAddress(headerRow, 1, headerRow, matrix.headers.length),
    style: {
      bold: true,
      fill: BAND_COLORS.titleFill,
      fontColor: "FFFFFF",
      wrap: true,
      vertical: "middle",
    },
  });
  sheet.pageSetup = {
    orientation: "landscape",
    fitToWidth: true,
    pagesWide: 4,
    margins: "narrow",
    printTitleRows: `${headerRow}:${headerRow}`,
    // Área and ID on every page, so the pages to the right are read by their row.
    printTitleColumns: "B:C",
  };
  return sheet;
}
