/**
 * `T_Historial` as written into `Registro` (SPEC §6): one row per area and cut-off, `Fecha` a date cell in the
 * workbook's date format, `% Cumplimiento` a number in the compliance format (blank when there is no figure), and
 * `Semáforo` the band's word on the band's fill (the word stays: never colour alone). The fills are plain cell
 * fills, not rules: a history row records the band of its day, whatever the thresholds are now.
 */
import { BAND_LABEL } from "../workbook/rowFormulas";
import { NUMBER_FORMATS } from "../workbook/numberFormats";
import { cellAddress, rangeAddress } from "../workbook/address";
import { dateSerial } from "../workbook/dateSerial";
import { CellInput, StyledRange, TablePatch } from "../workbook/WorkbookPatch";
import { BAND_COLORS } from "../workbook/workbookText";
import { HistoryEntry } from "./HistoryEntry";
import { HISTORY } from "./historyTable";

/** yyyy-mm-dd → a date cell; anything else stays as it is. */
function dateCell(iso: string): CellInput {
  const [year, month, day] = iso.split("-").map(Number);
  return day ? { date: dateSerial(year, month, day) } : iso;
}

export function historyRows(entries: HistoryEntry[]): CellInput[][] {
  return entries.map((entry) => [
    entry.cutoff,
    dateCell(entry.date),
    entry.code,
    entry.name,
    entry.compliance,
    BAND_LABEL[entry.band],
  ]);
}

export function layoutHistoryTable(
  entries: HistoryEntry[],
  /** The header row's cell, its first column in A. */
  headerRow: number
): { table: TablePatch; styles: StyledRange[] } {
  const rows = historyRows(entries);
  const table: TablePatch = {
    name: HISTORY.table,
    topLeft: cellAddress(headerRow, 1),
    headers: [...HISTORY.headers],
    rows: rows.length > 0 ? rows : [HISTORY.headers.map(() => null)],
    style: "TableStyleLight1",
  };
  const first = headerRow + 1;
  const last = headerRow + Math.max(rows.length, 1);
  const column = (name: (typeof HISTORY.headers)[number]): number =>
    HISTORY.headers.indexOf(name) + 1;
  const styles: StyledRange[] = [
    {
      range: rangeAddress(first, column("Fecha"), last, column("Fecha")),
      style: { numberFormat: NUMBER_FORMATS.date, horizontal: "left" },
    },
    {
      range: rangeAddress(first, column("% Cumplimiento"), last, column("% Cumplimiento")),
      style: { numberFormat: NUMBER_FORMATS.compliance },
    },
  ];
  // One fill per run of rows in the same band (fewer ranges for the hosts to write).
  const semaphore = column("Semáforo");
  let start = 0;
  entries.forEach((entry, index) => {
    const next = entries[index + 1];
    if (next && next.band === entry.band) return;
    styles.push({
      range: rangeAddress(first + start, semaphore, first + index, semaphore),
      style: { fill: BAND_COLORS[entry.band] },
    });
    start = index + 1;
  });
  return { table, styles };
}
