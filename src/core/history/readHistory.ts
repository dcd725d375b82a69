/**
 * What earlier consolidations recorded in `T_Historial`, read back from the workbook's snapshot so that every later
 * write keeps it. Columns are found by header; a row without a cut-off is not an entry (the empty table's
 * placeholder row). The band is the `Semáforo` word (in either language, or its JSON name); a word it is not
 * (typed over) is worked out again from the figure with the plan's thresholds.
 */
import { sameTableName } from "../workbook/sheetNames";
import { BAND_LABEL } from "../workbook/rowFormulas";
import { Band, BANDS, bandOf } from "../semaphore/Band";
import { bandMessages } from "../messages/catalog/bandMessages";
import { Bands } from "../template/Template";
import { Cell, EMPTY } from "../workbook/CellValue";
import { utcMillisFromSerial } from "../workbook/dateSerial";
import { WorkbookSnapshot } from "../workbook/WorkbookSnapshot";
import { HistoryEntry } from "./HistoryEntry";
import { HISTORY } from "./historyTable";

const textOf = (cell: Cell): string =>
  cell.kind === "text" ? cell.value.trim() : cell.kind === "number" ? String(cell.value) : "";

const BAND_WORDS = new Map<string, Band>(
  BANDS.flatMap((band) => [
    [band, band],
    [BAND_LABEL[band].toLowerCase(), band],
    [bandMessages.en[band].toLowerCase(), band],
  ])
);

const isoDate = (cell: Cell): string =>
  cell.kind === "date"
    ? new Date(utcMillisFromSerial(cell.serial)).toISOString().slice(0, 10)
    : cell.kind === "number"
      ? new Date(utcMillisFromSerial(cell.value)).toISOString().slice(0, 10)
      : textOf(cell);

export function readHistory(snapshot: WorkbookSnapshot, bands: Bands): HistoryEntry[] {
  const table = snapshot.tables.find((candidate) => sameTableName(candidate.name, HISTORY.table));
  if (!table) return [];
  const at = HISTORY.headers.map((header) => table.headers.indexOf(header));
  return table.rows.flatMap((row) => {
    const [cutoff, date, code, name, compliance, band] = at.map((index) =>
      index < 0 ? EMPTY : (row[index] ?? EMPTY)
    );
    if (textOf(cutoff) === "") return [];
    const figure = compliance.kind === "number" ? compliance.value : null;
    return [
      {
        cutoff: textOf(cutoff),
        date: isoDate(date),
        code: textOf(code) === "" ? null : textOf(code).toUpperCase(),
        name: textOf(name),
        compliance: figure,
        band: BAND_WORDS.get(textOf(band).toLowerCase()) ?? bandOf(figure, bands),
      },
    ];
  });
}
