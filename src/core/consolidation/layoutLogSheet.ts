/** `Registro`: what the last consolidation used (area by area), what it refused, and planning notes of retired rows. */
import { NUMBER_FORMATS } from "../workbook/numberFormats";
import { formatMessage } from "../messages/formatMessage";
import { consolidationMessages } from "../messages/catalog/consolidationMessages";
import { CellInput, SheetPatch, StyledRange, emptySheet } from "../workbook/WorkbookPatch";
import { cellAddress } from "../workbook/address";
import { dateSerial } from "../workbook/dateSerial";
import { LINE_HEIGHT, wrappedRowHeight } from "../workbook/layout/wrappedRowHeight";
import { AreaSource } from "./AreaSource";
import { ConsolidationFinding } from "./ConsolidationFinding";
import { filledRowCount } from "./chooseAreaSources";
import { LOG } from "./matrixLayout";
import { RetiredNote } from "./PreviousMatrix";

export const LOG_TEXT = {
  title: "Registro de consolidación",
  cutoff: "Corte",
  when: "Consolidado el",
  sources: ["Área", "Fuente", "Filas diligenciadas"],
  thisWorkbook: (sheet: string) => `Este libro (pestaña «${sheet}»)`,
  findings: ["Tipo", "Archivo", "Área", "Mensaje"],
  conflict: "Conflicto",
  notice: "Nota",
  retired: "Notas de Planeación de filas retiradas de su área",
};

export function layoutLogSheet(input: {
  cutoff: string;
  when: string;
  sources: AreaSource[];
  findings: ConsolidationFinding[];
  retired: RetiredNote[];
}): SheetPatch {
  const sheet = emptySheet(LOG.sheet);
  const sourceRows: CellInput[][] = input.sources.map((source) => [
    source.code,
    source.origin.kind === "workbook"
      ? LOG_TEXT.thisWorkbook(source.sheet.table.sheet)
      : source.origin.file,
    filledRowCount(source.sheet),
  ]);
  const findingRows: CellInput[][] = input.findings.map((finding) => [
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
  // The date as a date cell, written dd/mm/yyyy like every other date of the workbook (not "2026-12-06").
  const [year, month, day] = input.when.split("-").map(Number);
  const when: CellInput = day ? { date: dateSerial(year, month, day) } : input.when;
  put([[LOG_TEXT.title], [LOG_TEXT.cutoff, input.cutoff], [LOG_TEXT.when, when]]);
  const sourcesAt = put([LOG_TEXT.sources, ...sourceRows]);
  const findingsAt = findingRows.length > 0 ? put([LOG_TEXT.findings, ...findingRows]) : null;
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
  // 172 characters: one landscape Letter page wide at 8 pt or more (npx jest test/print); long sources and
  // messages wrap within their columns, their rows as tall as their text.
  const widths = [16, 56, 26, 60, 14];
  sheet.columnWidths = widths;
  const fitted = (values: CellInput[][], first: number) =>
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
    ...fitted(sourceRows, sourcesAt + 1),
    ...(findingsAt ? fitted(findingRows, findingsAt + 1) : []),
  ].filter(({ height }) => height > LINE_HEIGHT);
  // Printed like the report sheets: landscape, one page wide (narrow margins: a wide table), the title block on
  // every page.
  sheet.pageSetup = {
    orientation: "landscape",
    fitToWidth: true,
    pagesWide: 1,
    printTitleRows: "1:3",
    margins: "narrow",
  };
  sheet.styles.push(
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: `A2:A3`, style: { bold: true } },
    { range: "B3", style: { numberFormat: NUMBER_FORMATS.date, horizontal: "left" } },
    { range: `A${sourcesAt}:C${sourcesAt}`, style: { bold: true } },
    ...(sourceRows.length > 0
      ? ([
          {
            range: `A${sourcesAt + 1}:C${sourcesAt + sourceRows.length}`,
            style: { wrap: true, vertical: "top" },
          },
        ] satisfies StyledRange[])
      : []),
    { range: `A${retiredAt - 2}`, style: { bold: true } },
    ...(findingsAt
      ? ([
          { range: `A${findingsAt}:D${findingsAt}`, style: { bold: true } },
          {
            range: `A${findingsAt + 1}:D${findingsAt + findingRows.length}`,
            style: { wrap: true, vertical: "top" },
          },
        ] satisfies StyledRange[])
      : [])
  );
  return sheet;
}
