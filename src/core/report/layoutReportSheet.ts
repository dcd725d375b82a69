/**
 * The `Informe` sheet (SPEC §3.1, §7): the informe's document laid out for printing, values only. Seven columns;
 * headings, paragraphs and bullets take a merged full-width row whose height fits its wrapped text, so no line
 * prints past the print area; tables map their columns onto spans of the seven, keep figures as numbers with their
 * format and band fills. The sheet paginates itself: the title rows repeat on every page (Excel's print titles),
 * a heading stays with what follows, a short table is not split, and a table that crosses a page starts the new
 * page with its header row again. Users' text is written as plain strings, which the patch contract keeps literal.
 */
import { NUMBER_FORMATS } from "../workbook/numberFormats";
import { SHEET } from "../workbook/sheetNames";
import { LINE_HEIGHT, wrappedLines } from "../workbook/layout/wrappedRowHeight";
import { BAND_COLORS } from "../workbook/workbookText";
import { columnLetter } from "../workbook/address";
import { MAX_ROW_HEIGHT } from "../workbook/sheetLimits";
import { fitCellText } from "../workbook/fitCellText";
import { formatMessage } from "../messages/formatMessage";
import { reportMessages } from "../messages/catalog/reportMessages";
import { CellInput, CellStyle, SheetPatch, emptySheet } from "../workbook/WorkbookPatch";
import { ReportDocument, ReportTable, ReportTableCell } from "./document/ReportDocument";

/** Column A holds names and sentences' start; B–G figures. 142 characters: one landscape page wide at about 90 %. */
export const REPORT_COLUMN_WIDTHS = [46, 16, 16, 16, 16, 16, 16];
const FULL_WIDTH = REPORT_COLUMN_WIDTHS.reduce((sum, width) => sum + width, 0);
const COLUMNS = REPORT_COLUMN_WIDTHS.length;
const LAST_COLUMN = columnLetter(COLUMNS);
/** Rows repeated at the top of every printed page: title, organisation, plan and cut-off. */
export const REPORT_TITLE_ROWS = 3;
/**
 * Points of rows a printed page holds under the title rows, on the safe side: landscape Letter (612 pt tall; A4 is
 * 595) less Excel's normal margins, header and footer (about 100 pt) leaves about 500 pt; the sheet prints at about
 * 90 % of its size to fit its 142 characters' width, so some 555 pt of rows, less the title rows (54 pt): 500 pt.
 * 450 leaves room for rows whose wrapped text takes a line more than estimated. The print test checks that
 * LibreOffice adds no page of its own.
 */
export const PAGE_ROOM = 450;

const WHITE = "FFFFFF";
const NOTE_SIZE = 10;

/** One sheet row before pagination: its values, merges and styles by column (1-based), and its height. */
type Line = {
  values: CellInput[];
  height: number;
  merges: [number, number][];
  styles: { from: number; to: number; style: CellStyle }[];
  /** Kept on the same page as the next line (a heading, a table's header). */
  keepWithNext: boolean;
  /** A table's header, printed again when the table continues on a new page. */
  header?: Line;
};

const blankLine = (): Line => ({
  values: [],
  height: LINE_HEIGHT,
  merges: [],
  styles: [],
  keepWithNext: false,
});

/** A text across the whole width: merged, wrapped, as tall as its lines. */
function textLine(text: string, style: CellStyle, lineHeight = LINE_HEIGHT): Line {
  const lines = style.wrap ? wrappedLines(text, FULL_WIDTH, style.bold) : 1;
  return {
    values: [text],
    height: lines * lineHeight,
    merges: [[1, COLUMNS]],
    styles: [{ from: 1, to: 1, style: { ...style, vertical: "top" } }],
    keepWithNext: false,
  };
}

/**
 * How a table's columns share the sheet's seven: every composition of 7 into as many spans is tried and the one whose
 * widths are closest to the table's proportions wins (at most 20 candidates for 4 columns).
 */
export function columnSpans(widths: number[]): number[] {
  const k = Math.min(widths.length, COLUMNS);
  const total = widths.slice(0, k).reduce((sum, width) => sum + width, 0);
  let best: number[] = [];
  let bestScore = Infinity;
  const visit = (spans: number[], left: number): void => {
    if (spans.length === k - 1) {
      const candidate = [...spans, left];
      let start = 0;
      const score = candidate.reduce((sum, span, index) => {
        const width = REPORT_COLUMN_WIDTHS.slice(start, start + span).reduce((a, b) => a + b, 0);
        start += span;
        return sum + Math.abs(width / FULL_WIDTH - widths[index] / total);
      }, 0);
      if (score < bestScore) {
        bestScore = score;
        best = candidate;
      }
      return;
    }
    for (let span = 1; span <= left - (k - 1 - spans.length); span++)
      visit([...spans, span], left - span);
  };
  visit([], COLUMNS);
  return best;
}

function numberFormat(cell: ReportTableCell): string | undefined {
  if (cell.value === undefined) return undefined;
  if (cell.format === "percent") return NUMBER_FORMATS.compliance;
  if (cell.format === "currency") return NUMBER_FORMATS.currency;
  return Number.isInteger(cell.value) ? "#,##0" : "#,##0.0#";
}

/** A table's lines: the header (kept with the first row, repeated on a new page), then one line per row. */
function tableLines(table: ReportTable): Line[] {
  const spans = columnSpans(table.widths);
  const starts = spans.map((_, index) => 1 + spans.slice(0, index).reduce((a, b) => a + b, 0));
  const spanWidth = (index: number): number =>
    REPORT_COLUMN_WIDTHS.slice(starts[index] - 1, starts[index] - 1 + spans[index]).reduce(
      (a, b) => a + b,
      0
    );
  const place = (texts: CellInput[]): CellInput[] => {
    const values = Array<CellInput>(COLUMNS).fill(null);
    texts.forEach((value, index) => {
      values[starts[index] - 1] = value;
    });
    return values;
  };
  const merges = spans.flatMap((span, index): [number, number][] =>
    span > 1 ? [[starts[index], starts[index] + span - 1]] : []
  );
  const heightOf = (texts: string[], bold: boolean): number =>
    Math.max(...texts.map((text, index) => wrappedLines(text, spanWidth(index), bold))) *
    LINE_HEIGHT;

  const header: Line = {
    values: place(table.headers),
    height: heightOf(table.headers, true),
    merges,
    styles: [
      {
        from: 1,
        to: COLUMNS,
        style: {
          bold: true,
          fill: BAND_COLORS.titleFill,
          fontColor: WHITE,
          wrap: true,
          vertical: "middle",
        },
      },
    ],
    keepWithNext: true,
  };
  const rows = table.rows.map((cells): Line => ({
    values: place(cells.map((cell) => (cell.value !== undefined ? cell.value : cell.text))),
    height: heightOf(
      cells.map((cell) => cell.text),
      false
    ),
    merges,
    styles: [
      { from: 1, to: COLUMNS, style: { wrap: true, vertical: "top" } },
      ...cells.flatMap((cell, index) => {
        const format = numberFormat(cell);
        const styles: Line["styles"] = [];
        if (format)
          styles.push({
            from: starts[index],
            to: starts[index],
            style: { numberFormat: format, horizontal: "right" },
          });
        if (cell.band)
          styles.push({
            from: starts[index],
            to: starts[index],
            style: { fill: BAND_COLORS[cell.band], bold: true, horizontal: "center" },
          });
        return styles;
      }),
    ],
    keepWithNext: false,
    header,
  }));
  // A table that fits in half a page is kept whole.
  const total = rows.reduce((sum, line) => sum + line.height, header.height);
  if (total <= PAGE_ROOM / 2) for (const line of rows.slice(0, -1)) line.keepWithNext = true;
  return [header, ...rows];
}

function documentLines(document: ReportDocument): Line[] {
  const lines: Line[] = [];
  document.cover.slice(2).forEach((line) => lines.push(textLine(line, { wrap: true })));
  for (const block of document.blocks) {
    switch (block.kind) {
      case "heading": {
        if (block.level < 3 && lines.length > 0) lines.push(blankLine());
        const size = block.level === 1 ? 14 : block.level === 2 ? 12 : 11;
        const line = textLine(
          block.text,
          {
            bold: true,
            fontSize: size,
            wrap: true,
            ...(block.level === 1 ? { fontColor: BAND_COLORS.titleFill } : {}),
          },
          block.level === 1 ? 21 : block.level === 2 ? 18 : LINE_HEIGHT
        );
        lines.push({ ...line, keepWithNext: true });
        break;
      }
      case "paragraph":
        lines.push(
          textLine(
            block.text,
            block.tone === "note"
              ? { wrap: true, italic: true, fontSize: NOTE_SIZE }
              : { wrap: true }
          )
        );
        break;
      case "bullets":
        for (const item of block.items) lines.push(textLine(`• ${item}`, { wrap: true }));
        break;
      case "table":
        // One by one: an annex of every plan row would overflow the call stack as spread arguments.
        for (const line of tableLines(block.table)) lines.push(line);
        break;
    }
  }
  return lines;
}

/** A text an Excel cell can hold, cut with a mark saying so (the HTML and Word renderings keep it whole). */
const fitCell = (value: CellInput, cut: string): CellInput =>
  typeof value === "string" ? fitCellText(value, cut) : value;

export function layoutReportSheet(document: ReportDocument): SheetPatch {
  const sheet = emptySheet(SHEET.report);
  const values: CellInput[][] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const breaks: number[] = [];
  const cut = formatMessage(reportMessages, document.language, "report.sheetTextCut");
  const emit = (line: Line): void => {
    values.push([
      ...line.values.map((value) => fitCell(value, cut)),
      ...Array<CellInput>(COLUMNS - line.values.length).fill(null),
    ]);
    const row = values.length;
    if (line.height !== LINE_HEIGHT)
      rowHeights.push({ row, height: Math.min(line.height, MAX_ROW_HEIGHT) });
    for (const [from, to] of line.merges)
      sheet.merges.push(`${columnLetter(from)}${row}:${columnLetter(to)}${row}`);
    for (const { from, to, style } of line.styles)
      sheet.styles.push({
        range:
          from === to
            ? `${columnLetter(from)}${row}`
            : `${columnLetter(from)}${row}:${columnLetter(to)}${row}`,
        style,
      });
  };

  // The title rows, repeated on every printed page.
  emit(
    textLine(document.title, { bold: true, fontSize: 16, fontColor: BAND_COLORS.titleFill }, 21)
  );
  emit(textLine(document.organisation, { bold: true, fontSize: 12 }, 18));
  emit(textLine(document.cover.slice(0, 2).join(" · "), { wrap: true }));

  // A row is at most Excel's tallest, on paper as in the sheet.
  const lines = documentLines(document).map((line) => ({
    ...line,
    height: Math.min(line.height, MAX_ROW_HEIGHT),
  }));
  let used = 0;
  lines.forEach((line, index) => {
    let chain = line.height;
    for (let next = index; lines[next]?.keepWithNext && next + 1 < lines.length; next++)
      chain += lines[next + 1].height;
    if (used > 0 && used + Math.min(chain, PAGE_ROOM) > PAGE_ROOM) {
      breaks.push(values.length + 1);
      used = 0;
      // A table continuing on a new page starts it with its header; a blank line does not start a page.
      if (line.header) {
        emit(line.header);
        used += line.header.height;
      }
      if (line.values.length === 0) return;
    }
    emit(line);
    used += line.height;
  });

  const lastRow = values.length;
  sheet.columnWidths = [...REPORT_COLUMN_WIDTHS];
  sheet.rowHeights = rowHeights;
  sheet.pageBreaksBefore = breaks;
  sheet.blocks.push({ row: 1, column: 1, values });
  sheet.pageSetup = {
    orientation: "landscape",
    fitToWidth: true,
    printArea: `A1:${LAST_COLUMN}${lastRow}`,
    printTitleRows: `1:${REPORT_TITLE_ROWS}`,
  };
  return sheet;
}
