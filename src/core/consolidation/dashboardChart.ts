/**
 * `Tablero`'s chart (SPEC §3.1): compliance by area at the cut-off as bars coloured by semáforo band, with the
 * green and yellow thresholds drawn as dashed lines across them. It reads the compliance column the dashboard
 * writes (A = area, C = % Cumplimiento) and carries the same figures as its cache. The thresholds are cells too
 * (H:I, live formulas over `UmbralVerde` and `UmbralAmarillo`): LibreOffice draws no series of literal numbers
 * (measured with 7.4: a `numLit` line series is dropped, the same series over cells is drawn).
 */
import { NUMBER_FORMATS } from "../workbook/numberFormats";
import { AreaSemaphore } from "../semaphore/computeSemaphore";
import { Bands } from "../template/Template";
import { CellBlock, ChartPatch, Color } from "../workbook/WorkbookPatch";
import { NAME } from "../workbook/workbookNames";
import { SHEET } from "../workbook/sheetNames";
import { sheetReference } from "../workbook/address";
import { BAND_COLORS } from "../workbook/workbookText";

export const DASHBOARD_CHART_TEXT = {
  greenHeader: "Umbral verde",
  yellowHeader: "Umbral amarillo",
  title: (cutoff: string) => `Cumplimiento por área — corte ${cutoff}`,
  series: "% Cumplimiento",
  green: (threshold: string) => `Umbral verde (${threshold})`,
  yellow: (threshold: string) => `Umbral amarillo (${threshold})`,
};

/** A threshold as the legend shows it, the Spanish way: 0.8 → "80 %", 0.825 → "82,5 %". */
const percentLabel = (value: number): string =>
  `${String(Math.round(value * 1000) / 10).replace(".", ",")} %`;

/** Darker than the cell fills, so the threshold lines stand out over bars of the same band. */
const LINE_COLORS = { green: "2E7D32", yellow: "BF8F00" } as const;
const BAR_COLOR = "5B9BD5";
export const DASHBOARD_CHART_ROWS = 24;
/** First column of the threshold cells (H, then I), right of the compliance table. */
const GREEN_COLUMN = 8;

export type DashboardChart = {
  chart: ChartPatch;
  /** The threshold cells the chart's lines read: a header row, then one row per area. */
  thresholds: CellBlock;
  /** The cell range of the threshold block, to style. */
  thresholdRange: string;
  /** The last row the chart covers. */
  lastRow: number;
};

export function dashboardChart(
  areas: Pick<AreaSemaphore, "name" | "compliance" | "band">[],
  cutoff: string,
  bands: Bands,
  placement: { firstDataRow: number; chartRow: number }
): DashboardChart {
  const first = placement.firstDataRow;
  const last = first + Math.max(areas.length, 1) - 1;
  const column = (letter: string): string =>
    sheetReference(SHEET.dashboard, `$${letter}$${first}:$${letter}$${last}`);
  const compliance = areas.map((area) => area.compliance);
  const highest = Math.max(1, ...compliance.map((value) => value ?? 0));
  const threshold = (value: number): (number | null)[] => areas.map(() => value);
  const bandColor = (band: string): Color =>
    (BAND_COLORS as Record<string, Color>)[band] ?? BAND_COLORS["sin-programacion"];
  const rows = Math.max(areas.length, 1);
  const thresholds: CellBlock = {
    row: first - 1,
    column: GREEN_COLUMN,
    values: [
      [DASHBOARD_CHART_TEXT.greenHeader, DASHBOARD_CHART_TEXT.yellowHeader],
      ...Array.from({ length: rows }, () => [
        { formula: NAME.greenThreshold },
        { formula: NAME.yellowThreshold },
      ]),
    ],
  };
  const chart: ChartPatch = {
    title: DASHBOARD_CHART_TEXT.title(cutoff),
    from: `A${placement.chartRow}`,
    to: `F${placement.chartRow + DASHBOARD_CHART_ROWS - 1}`,
    direction: "column",
    categories: { ref: column("A"), cache: areas.map((area) => area.name) },
    series: [
      {
        name: DASHBOARD_CHART_TEXT.series,
        kind: "bar",
        values: { ref: column("C"), cache: compliance },
        color: BAR_COLOR,
        pointColors: areas.map((area) => bandColor(area.band)),
        dataLabels: true,
      },
      {
        name: DASHBOARD_CHART_TEXT.green(percentLabel(bands.green)),
        kind: "line",
        values: { ref: column("H"), cache: threshold(bands.green) },
        color: LINE_COLORS.green,
      },
      {
        name: DASHBOARD_CHART_TEXT.yellow(percentLabel(bands.yellow)),
        kind: "line",
        values: { ref: column("I"), cache: threshold(bands.yellow) },
        color: LINE_COLORS.yellow,
      },
    ],
    // Up to 120 % (the over-execution zone starts there) or the highest bar, in steps of 20 %.
    valueAxis: {
      min: 0,
      max: Math.ceil(Math.max(highest, 1.2) * 5 - 1e-9) / 5,
      numberFormat: NUMBER_FORMATS.percent,
    },
  };
  return {
    chart,
    thresholds,
    thresholdRange: `H${first - 1}:I${first - 1 + rows}`,
    lastRow: placement.chartRow + DASHBOARD_CHART_ROWS - 1,
  };
}
