/**
 * The `Informe` sheet (SPEC §3.1, §7): a print-ready management report of values, not formulas — title block,
 * institutional figure, the summary by institution, macroprocess and area with band fills, and the lists of rows in
 * red, without report and over-executed as plain ranges. Users' text is written as plain strings, which the patch
 * contract keeps literal (`=HYPERLINK(…)` stays text).
 */
import { NUMBER_FORMATS } from "../workbook/numberFormats";
import { Language } from "../messages/Language";
import { Band } from "../semaphore/Band";
import { columnLetter } from "../workbook/address";
import { SHEET } from "../workbook/sheetNames";
import { LINE_HEIGHT, wrappedRowHeight } from "../workbook/layout/wrappedRowHeight";
import { BAND_COLORS } from "../workbook/workbookText";
import { CellInput, CellStyle, SheetPatch, emptySheet } from "../workbook/WorkbookPatch";
import { ManagementReport, ReportArea, ReportRow } from "./ManagementReport";
import { reportTexts } from "./reportTexts";

/**
 * Columns A–G: ID/level, area/code, activity/name, indicator/programmed, responsible/%, %/band, observations.
 * 158 characters in all: one landscape Letter page wide at about 80 % (the 9 pt notes print at 8 pt or more, as
 * the print test measures); data rows wrap, so longer text takes more lines rather than more width.
 */
const COLUMN_WIDTHS = [13, 20, 40, 24, 18, 16, 27];
const FULL_WIDTH = COLUMN_WIDTHS.reduce((sum, columnWidth) => sum + columnWidth, 0);
const LAST_COLUMN = "G";
const PERCENT_FORMAT = NUMBER_FORMATS.compliance;
/** Rows repeated at the top of every printed page: title, organisation, cut-off. */
const REPORT_TITLE_ROWS = 3;

const WHITE = "FFFFFF";

export function layoutReportSheet(report: ManagementReport, language: Language): SheetPatch {
  const t = reportTexts(report, language);
  const sheet = emptySheet(SHEET.report);
  const values: CellInput[][] = [];
  const styles: SheetPatch["styles"] = [];
  const merges: string[] = [];
  const width = COLUMN_WIDTHS.length;

  const style = (range: string, cellStyle: CellStyle): void => {
    styles.push({ range, style: cellStyle });
  };
  const rowHeights: { row: number; height: number }[] = [];
  /** A row whose text wraps gets the height of its longest cell (not every engine fits rows when it opens a file). */
  const fitRow = (row: number, texts: CellInput[], widths: number[]): void => {
    const height = wrappedRowHeight(
      texts.map((text, column) => ({
        text: typeof text === "string" ? text : null,
        width: widths[column] ?? 0,
      }))
    );
    if (height > LINE_HEIGHT) rowHeights.push({ row, height });
  };
  const addRow = (cells: CellInput[]): number => {
    values.push([...cells, ...Array<CellInput>(Math.max(0, width - cells.length)).fill(null)]);
    return values.length;
  };
  /** A line of text across the whole width. */
  const addLine = (text: string, cellStyle: CellStyle): number => {
    const row = addRow([text]);
    if (cellStyle.wrap) fitRow(row, [text], [FULL_WIDTH]);
    merges.push(`A${row}:${LAST_COLUMN}${row}`);
    style(`A${row}`, { ...cellStyle, vertical: "top" });
    return row;
  };
  const addBlank = (): void => {
    addRow([]);
  };
  const addHeader = (headers: string[]): void => {
    const row = addRow(headers);
    fitRow(row, headers, COLUMN_WIDTHS);
    const last = columnLetter(headers.length);
    style(`A${row}:${last}${row}`, {
      bold: true,
      fill: BAND_COLORS.titleFill,
      fontColor: WHITE,
      wrap: true,
      vertical: "middle",
    });
  };
  const percentCell = (value: number | null): CellInput => (value === null ? "—" : value);
  const styleBand = (address: string, band: Band): void =>
    style(address, { fill: BAND_COLORS[band], bold: true, horizontal: "center" });
  const styleDataRow = (row: number): void =>
    style(`A${row}:${LAST_COLUMN}${row}`, { wrap: true, vertical: "top" });
  const stylePercent = (address: string): void =>
    style(address, { numberFormat: PERCENT_FORMAT, horizontal: "right" });

  // Title block (repeated on every printed page).
  addLine(t.title, { bold: true, fontSize: 16, fontColor: BAND_COLORS.titleFill });
  addLine(report.organisation, { bold: true, fontSize: 12 });
  addLine(`${t.cutoffLine} · ${t.generatedLine}`, {});
  if (t.cutoffNote) addLine(t.cutoffNote, { italic: true, wrap: true });
  addLine(t.legend, { italic: true, fontSize: 9, wrap: true });
  addBlank();

  // The institution, prominent.
  const institutionRow = addRow([
    t.say("report.institution"),
    null,
    null,
    percentCell(report.institution.compliance),
    t.band(report.institution.band),
    t.say("report.institutionAreas", {
      count: report.institution.areas,
      total: report.institution.totalAreas,
    }) + t.leftOut(report.institution.rowsWithErrors),
  ]);
  merges.push(`A${institutionRow}:C${institutionRow}`, `F${institutionRow}:G${institutionRow}`);
  style(`A${institutionRow}:${LAST_COLUMN}${institutionRow}`, {
    bold: true,
    fontSize: 14,
    vertical: "middle",
  });
  stylePercent(`D${institutionRow}`);
  styleBand(`E${institutionRow}`, report.institution.band);
  addBlank();

  // Summary: institution, each macroprocess followed by its areas, then areas the template does not know.
  addLine(t.say("report.summaryTitle"), { bold: true, fontSize: 13 });
  addHeader(t.summaryHeaders);
  const summaryRow = (
    level: string,
    code: string,
    name: string,
    programmed: string,
    compliance: number | null,
    band: Band,
    emphasis: CellStyle
  ): void => {
    const cells = [level, code, name, programmed, percentCell(compliance), t.band(band)];
    const row = addRow(cells);
    fitRow(row, cells, COLUMN_WIDTHS);
    style(`A${row}:F${row}`, { wrap: true, vertical: "top", ...emphasis });
    stylePercent(`E${row}`);
    styleBand(`F${row}`, band);
  };
  summaryRow(
    t.say("report.level.institution"),
    "",
    report.organisation,
    t.say("report.programmedAreas", {
      count: report.institution.areas,
      total: report.institution.totalAreas,
    }) + t.leftOut(report.institution.rowsWithErrors),
    report.institution.compliance,
    report.institution.band,
    { bold: true }
  );
  const areaRow = (area: ReportArea): void =>
    summaryRow(
      t.say("report.level.area"),
      area.code,
      area.section ? `${area.section} ${area.name}` : area.name,
      t.say("report.programmedRows", { count: area.programmedRows, total: area.rows }) +
        t.leftOut(area.rowsWithErrors),
      area.compliance,
      area.band,
      {}
    );
  for (const macroprocess of report.macroprocesses) {
    summaryRow(
      t.say("report.level.macroprocess"),
      macroprocess.code ?? "",
      macroprocess.name,
      t.say("report.programmedAreas", {
        count: macroprocess.areas,
        total: macroprocess.totalAreas,
      }) + t.leftOut(macroprocess.rowsWithErrors),
      macroprocess.compliance,
      macroprocess.band,
      { bold: true, fill: BAND_COLORS.computedFill }
    );
    report.areas.filter((area) => area.macroprocess === macroprocess.name).forEach(areaRow);
  }
  const known = new Set(report.macroprocesses.map((macroprocess) => macroprocess.name));
  report.areas
    .filter((area) => area.macroprocess === null || !known.has(area.macroprocess))
    .forEach(areaRow);
  addBlank();

  const activity = (row: ReportRow): string => row.activity || row.objective;
  const rowList = <R extends ReportRow>(
    title: string,
    headers: string[],
    rows: R[],
    cells: (row: R) => CellInput[],
    none: string,
    percentFill: { fill: string; fontColor?: string } | null,
    help?: string
  ): void => {
    addLine(title, { bold: true, fontSize: 13 });
    if (help) addLine(help, { italic: true, fontSize: 9, wrap: true });
    addHeader(headers);
    if (rows.length === 0) addLine(none, { italic: true });
    for (const reportRow of rows) {
      const rowCells = cells(reportRow);
      const row = addRow(rowCells);
      fitRow(row, rowCells, COLUMN_WIDTHS);
      styleDataRow(row);
      if (percentFill) {
        stylePercent(`F${row}`);
        style(`F${row}`, percentFill);
      }
    }
    addBlank();
  };
  const complianceCells = (row: ReportRow): CellInput[] => [
    row.id,
    row.areaName,
    activity(row),
    row.indicator,
    row.responsible,
    percentCell(row.compliance),
    row.observations,
  ];
  rowList(
    t.say("report.redTitle", { count: report.redRows.length }),
    t.complianceHeaders,
    report.redRows,
    complianceCells,
    t.say("report.redNone"),
    { fill: BAND_COLORS.rojo }
  );
  rowList(
    t.say("report.unreportedTitle", { count: report.unreportedRows.length }),
    t.unreportedHeaders,
    report.unreportedRows,
    (row) => [
      row.id,
      row.areaName,
      activity(row),
      t.reasons(row),
      row.responsible,
      row.status,
      row.observations,
    ],
    t.say("report.unreportedNone"),
    null,
    t.say("report.unreportedHelp")
  );
  rowList(
    t.say("report.overTitle", {
      threshold: t.percent(report.bands.overExecution),
      count: report.overExecutedRows.length,
    }),
    t.complianceHeaders,
    report.overExecutedRows,
    complianceCells,
    t.say("report.overNone"),
    { fill: BAND_COLORS.overExecution, fontColor: WHITE }
  );

  values.pop(); // the blank row after the last list
  const lastRow = values.length;
  sheet.columnWidths = [...COLUMN_WIDTHS];
  sheet.rowHeights = rowHeights.filter((fitted) => fitted.row <= lastRow);
  sheet.blocks.push({ row: 1, column: 1, values });
  sheet.styles.push(...styles);
  sheet.merges.push(...merges);
  sheet.pageSetup = {
    orientation: "landscape",
    fitToWidth: true,
    printArea: `A1:${LAST_COLUMN}${lastRow}`,
    printTitleRows: `1:${REPORT_TITLE_ROWS}`,
  };
  return sheet;
}
