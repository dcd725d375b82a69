/**
 * `Registro`: what the last consolidation read (area by area) or the last import did, what was refused, every value
 * an import replaced in an area tab (kept across runs, so it can be put back by hand), planning notes of rows
 * that left their area, and the history per cut-off (`T_Historial`, SPEC §6), on a printed page of its own.
 */
import { NUMBER_FORMATS } from "../workbook/numberFormats";
import { formatMessage } from "../messages/formatMessage";
import { consolidationMessages } from "../messages/catalog/consolidationMessages";
import { ReplacedValue } from "../import/ReplacedValue";
import { filledRowCount } from "../plan/filledRowCount";
import { CellInput, SheetPatch, StyledRange, emptySheet } from "../workbook/WorkbookPatch";
import { cellAddress, rangeAddress } from "../workbook/address";
import { dateSerial } from "../workbook/dateSerial";
import { LINE_HEIGHT, wrappedRowHeight } from "../workbook/layout/wrappedRowHeight";
import { AreaSource } from "./AreaSource";
import { ConsolidationFinding } from "./ConsolidationFinding";
import { LOG } from "./matrixLayout";
import { RetiredNote } from "./PreviousMatrix";
import { HistoryEntry } from "../history/HistoryEntry";
import { layoutHistoryTable } from "../history/layoutHistoryTable";
import { isNotCarriedFinding } from "../import/notCarriedFindings";

export const LOG_TEXT = {
  title: "Registro de consolidación",
  cutoff: "Corte",
  when: "Consolidado el",
  imported: "Importado el",
  sources: ["Área", "Fuente", "Filas diligenciadas"],
  thisWorkbook: (sheet: string) => `Este libro (pestaña «${sheet}»)`,
  findings: ["Tipo", "Archivo", "Área", "Mensaje"],
  conflict: "Conflicto",
  notice: "Nota",
  replaced: "Valores reemplazados por importaciones (para devolver uno, cópielo a su pestaña)",
  retired: "Notas de Planeación de filas retiradas de su área",
  history: "Historial de cumplimiento por corte (una fila por área y corte)",
};

/**
 * 172 characters: one landscape Letter page wide at 8 pt or more (npx jest test/print). Column B holds the long
 * texts (sources, files), so that a source's line fits on one line and the 17 areas' sources print on one page.
 */
const WIDTHS = [16, 56, 18, 22, 24, 24, 12];
/** The findings' message runs over columns D to G. */
const MESSAGE_WIDTH = WIDTHS.slice(3).reduce((sum, width) => sum + width, 0);

/** yyyy-mm-dd → a date cell; anything else stays as it is. */
function dateCell(iso: string): CellInput {
  const [year, month, day] = iso.split("-").map(Number);
  return day ? { date: dateSerial(year, month, day) } : iso;
}

/** A replaced value as written: a formula as its text (never evaluated in `Registro`). */
const shown = (value: CellInput): CellInput =>
  value !== null && typeof value === "object" && "formula" in value ? `=${value.formula}` : value;

export function layoutLogSheet(input: {
  /** "Consolidado el" or "Importado el", and the date of the run. */
  heading: { label: string; when: string; cutoff?: string };
  /** The area tabs a consolidation read (none for an import). */
  sources?: AreaSource[];
  findings: ConsolidationFinding[];
  /** Every value imports replaced so far, older first. */
  replaced: ReplacedValue[];
  retired: RetiredNote[];
  /** `T_Historial`'s rows, in order (kept as they are by an import). */
  history: HistoryEntry[];
}): SheetPatch {
  const sheet = emptySheet(LOG.sheet);
  const sources = input.sources ?? [];
  const sourceRows: CellInput[][] = sources.map((source) => [
    source.code,
    LOG_TEXT.thisWorkbook(source.sheet.table.sheet),
    filledRowCount(source.sheet),
  ]);
  // What an import did not carry into a rebuilt tab is said, not recorded (`notCarriedFindings`).
  const recorded = input.findings.filter((finding) => !isNotCarriedFinding(finding));
  const findingRows: CellInput[][] = recorded.map((finding) => [
    finding.severity === "conflict" ? LOG_TEXT.conflict : LOG_TEXT.notice,
    finding.file,
    finding.area,
    formatMessage(consolidationMessages, "es", finding.code, finding.params),
  ]);
  let row = 1;
  const put = (values: CellInput[][]): number => {
    const at = row;
    sheet.blocks.push({ row, column: 1, values });
    row += values.length + 1;
    return at;
  };
  put([
    [LOG_TEXT.title],
    ...(input.heading.cutoff !== undefined ? [[LOG_TEXT.cutoff, input.heading.cutoff]] : []),
    [input.heading.label, dateCell(input.heading.when)],
  ]);
  const titleRows = input.heading.cutoff !== undefined ? 3 : 2;
  const sourcesAt = sourceRows.length > 0 ? put([LOG_TEXT.sources, ...sourceRows]) : null;
  const findingsAt = findingRows.length > 0 ? put([LOG_TEXT.findings, ...findingRows]) : null;
  if (findingsAt !== null)
    findingRows.forEach((_, index) =>
      sheet.merges.push(rangeAddress(findingsAt + 1 + index, 4, findingsAt + 1 + index, 7))
    );

  put([[LOG_TEXT.replaced]]);
  const replacedAt = row;
  const replacedRows: CellInput[][] = input.replaced.map((value) => [
    value.area,
    value.file,
    value.id,
    value.column,
    shown(value.before),
    shown(value.after),
    dateCell(value.on),
  ]);
  sheet.tables.push({
    name: LOG.replacedTable,
    topLeft: cellAddress(replacedAt, 1),
    headers: [...LOG.replacedHeaders],
    rows: replacedRows.length > 0 ? replacedRows : [LOG.replacedHeaders.map(() => null)],
    style: "TableStyleLight1",
  });
  input.replaced.forEach((value, index) =>
    [value.before, value.after].forEach((cell, offset) => {
      if (cell !== null && typeof cell === "object" && "date" in cell)
        sheet.styles.push({
          range: cellAddress(replacedAt + 1 + index, 5 + offset),
          style: { numberFormat: NUMBER_FORMATS.date },
        });
    })
  );
  row = replacedAt + Math.max(replacedRows.length, 1) + 2;

  put([[LOG_TEXT.retired]]);
  const retiredAt = row;
  const retiredRows: CellInput[][] = input.retired.map((note) => [
    note.key,
    note.area,
    note.notes,
    note.verified,
    note.retiredOn,
  ]);
  sheet.tables.push({
    name: LOG.retiredTable,
    topLeft: cellAddress(retiredAt, 1),
    headers: [...LOG.retiredHeaders],
    rows: retiredRows.length > 0 ? retiredRows : [LOG.retiredHeaders.map(() => null)],
    style: "TableStyleLight1",
  });
  row = retiredAt + Math.max(retiredRows.length, 1) + 2;

  // The history starts a printed page under the title rows, so its header is never cut from its rows.
  sheet.pageBreaksBefore = [row];
  put([[LOG_TEXT.history]]);
  const historyAt = row;
  const history = layoutHistoryTable(input.history, historyAt);
  sheet.tables.push(history.table);
  sheet.styles.push(...history.styles);
  // Long sources, messages and values wrap within their columns, their rows as tall as their text.
  sheet.columnWidths = WIDTHS;
  const fitted = (values: CellInput[][], first: number, widths: number[]) =>
    values.map((cells, index) => ({
      row: first + index,
      height: wrappedRowHeight(
        cells.map((cell, column) => ({
          text: typeof cell === "string" ? cell : null,
          width: widths[column],
        }))
      ),
    }));
  sheet.rowHeights = [
    ...(sourcesAt !== null ? fitted(sourceRows, sourcesAt + 1, WIDTHS) : []),
    ...(findingsAt !== null
      ? fitted(findingRows, findingsAt + 1, [...WIDTHS.slice(0, 3), MESSAGE_WIDTH])
      : []),
    ...fitted(replacedRows, replacedAt + 1, WIDTHS),
    ...fitted(
      input.history.map((entry) => [null, null, null, entry.name]),
      historyAt + 1,
      WIDTHS
    ),
  ].filter(({ height }) => height > LINE_HEIGHT);
  // Printed like the report sheets: landscape, one page wide (narrow margins: a wide table), the title block on
  // every page.
  sheet.pageSetup = {
    orientation: "landscape",
    fitToWidth: true,
    pagesWide: 1,
    printTitleRows: `1:${titleRows}`,
    margins: "narrow",
  };
  const wrapped = (range: string): StyledRange => ({
    range,
    style: { wrap: true, vertical: "top" },
  });
  sheet.styles.push(
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: `A2:A${titleRows}`, style: { bold: true } },
    // The dates as date cells, written dd/mm/yyyy like every other date of the workbook (not "2026-12-06").
    { range: `B${titleRows}`, style: { numberFormat: NUMBER_FORMATS.date, horizontal: "left" } },
    ...(replacedRows.length > 0
      ? [
          {
            range: `G${replacedAt + 1}:G${replacedAt + replacedRows.length}`,
            style: { numberFormat: NUMBER_FORMATS.date, horizontal: "left" },
          } satisfies StyledRange,
        ]
      : []),
    { range: `A${replacedAt - 2}`, style: { bold: true } },
    { range: `A${retiredAt - 2}`, style: { bold: true } },
    { range: `A${historyAt - 2}`, style: { bold: true } },
    ...(input.history.length > 0
      ? [wrapped(`A${historyAt + 1}:F${historyAt + input.history.length}`)]
      : []),
    ...(replacedRows.length > 0
      ? [wrapped(`A${replacedAt + 1}:G${replacedAt + replacedRows.length}`)]
      : [])
  );
  if (sourcesAt !== null)
    sheet.styles.push(
      { range: `A${sourcesAt}:C${sourcesAt}`, style: { bold: true } },
      wrapped(`A${sourcesAt + 1}:C${sourcesAt + sourceRows.length}`)
    );
  if (findingsAt !== null)
    sheet.styles.push(
      { range: `A${findingsAt}:D${findingsAt}`, style: { bold: true } },
      wrapped(`A${findingsAt + 1}:G${findingsAt + findingRows.length}`)
    );
  return sheet;
}
