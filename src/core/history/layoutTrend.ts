/**
 * `Tablero`'s trend (SPEC §6): a heat map area × cut-off from `T_Historial` — each area's recorded figure at each
 * cut-off the history holds (in the plan's period order), on its recorded band's fill, the institution's row last.
 * A figure-less cell says why when it is not simply "nothing due yet" (an error, an area never filled); a cut-off
 * that did not record an area is blank and unfilled.
 */
import { BAND_LABEL } from "../workbook/rowFormulas";
import { NUMBER_FORMATS } from "../workbook/numberFormats";
import { cellAddress, columnLetter } from "../workbook/address";
import { CellBlock, CellInput, StyledRange } from "../workbook/WorkbookPatch";
import { BAND_COLORS } from "../workbook/workbookText";
import { HistoryEntry } from "./HistoryEntry";
import { HISTORY } from "./historyTable";

export const TREND_TEXT = {
  title: "Tendencia por corte (historial de consolidaciones)",
  area: "Área",
};

export type TrendLayout = {
  blocks: CellBlock[];
  styles: StyledRange[];
  /** The title row (a printed page starts there). */
  titleRow: number;
  lastRow: number;
  /** 1-based column of the last cut-off. */
  lastColumn: number;
  /** The figures' range, e.g. "B32:C49". */
  range: string;
};

const figure = (entry: HistoryEntry | undefined): CellInput =>
  entry === undefined
    ? null
    : (entry.compliance ??
      (entry.band === "con-errores" || entry.band === "sin-diligenciar"
        ? BAND_LABEL[entry.band]
        : null));

export function layoutTrend(
  /** In order (cut-offs in the plan's order), as `recordCutoff` leaves it. */
  history: HistoryEntry[],
  /** The rows: the plan's areas, in order. */
  areas: { code: string; name: string }[],
  titleRow: number,
  headerStyle: StyledRange["style"]
): TrendLayout {
  const cutoffs = [...new Set(history.map((entry) => entry.cutoff))];
  const rows: { code: string | null; name: string }[] = [
    ...areas,
    { code: null, name: HISTORY.institution },
  ];
  const at = new Map(history.map((entry) => [`${entry.cutoff}\u0000${entry.code ?? ""}`, entry]));
  const entryOf = (cutoff: string, code: string | null) => at.get(`${cutoff}\u0000${code ?? ""}`);
  const headerRow = titleRow + 1;
  const first = headerRow + 1;
  const lastRow = headerRow + rows.length;
  const lastColumn = 1 + Math.max(cutoffs.length, 1);
  const styles: StyledRange[] = [
    { range: cellAddress(titleRow, 1), style: { bold: true } },
    {
      range: `A${headerRow}:${columnLetter(lastColumn)}${headerRow}`,
      style: headerStyle,
    },
    { range: `A${lastRow}`, style: { bold: true } },
  ];
  const range = `B${first}:${columnLetter(lastColumn)}${lastRow}`;
  styles.push({ range, style: { numberFormat: NUMBER_FORMATS.compliance } });
  rows.forEach((row, index) =>
    cutoffs.forEach((cutoff, column) => {
      const entry = entryOf(cutoff, row.code);
      if (entry)
        styles.push({
          range: cellAddress(first + index, 2 + column),
          style: { fill: BAND_COLORS[entry.band] },
        });
    })
  );
  return {
    blocks: [
      { row: titleRow, column: 1, values: [[TREND_TEXT.title]] },
      {
        row: headerRow,
        column: 1,
        values: [
          [TREND_TEXT.area, ...cutoffs],
          ...rows.map((row) => [
            row.name,
            ...cutoffs.map((cutoff) => figure(entryOf(cutoff, row.code))),
          ]),
        ],
      },
    ],
    styles,
    titleRow,
    lastRow,
    lastColumn,
    range,
  };
}
