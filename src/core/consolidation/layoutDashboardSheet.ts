/**
 * `Tablero`: compliance by area at the cut-off (data bars in files; the add-in adds a chart where Excel has
 * charts), issue counts, and a heat map area × period: compliance at each period up to the cut-off as cut-off,
 * coloured with the semáforo's own bands (the thresholds named in `Configuración`), a period without programming
 * grey and blank, never 0; an area whose figure rests on an error says so. Last, on a page of its own, the trend
 * across the cut-offs the history holds (`layoutTrend`).
 */
import { NUMBER_FORMATS } from "../workbook/numberFormats";
import { AreaSemaphore, SemaphoreReport } from "../semaphore/computeSemaphore";
import { BAND_LABEL } from "../workbook/rowFormulas";
import { bandFormat } from "../workbook/layout/bandFormat";
import { IssueCounts } from "../validation/IssueCounts";
import { bandMessages } from "../messages/catalog/bandMessages";
import { formatMessage } from "../messages/formatMessage";
import { CellInput, SheetPatch, emptySheet } from "../workbook/WorkbookPatch";
import { SHEET } from "../workbook/sheetNames";
import { BAND_COLORS } from "../workbook/workbookText";
import { dashboardChart } from "./dashboardChart";
import { Bands } from "../template/Template";
import { HistoryEntry } from "../history/HistoryEntry";
import { layoutTrend } from "../history/layoutTrend";
import { columnLetter } from "../workbook/address";

export const DASHBOARD_TEXT = {
  title: "Tablero de seguimiento",
  complianceHeaders: [
    "Área",
    "Macroproceso",
    "% Cumplimiento",
    "Semáforo",
    "Errores",
    "Advertencias",
  ],
  heatTitle: "Cumplimiento por periodo (mapa de calor)",
  heatArea: "Área",
};

/** The heat map's column of one period: the areas' semáforo at it (their rows are not kept: the map never reads them). */
export type PeriodAreas = { label: string; areas: AreaSemaphore[] };

export type DashboardLayout = { sheet: SheetPatch; complianceRange: string; heatRange: string };

export function layoutDashboardSheet(
  atCutoff: SemaphoreReport,
  /** Each period up to the cut-off: its label and its areas' semáforo at that period. */
  byPeriod: PeriodAreas[],
  issueCounts: IssueCounts,
  /** The thresholds in force, for the chart's threshold labels (its lines read the live cells). */
  bands: Bands,
  /** `T_Historial` as this consolidation leaves it, in order. */
  history: HistoryEntry[]
): DashboardLayout {
  const sheet = emptySheet(SHEET.dashboard);
  const areas = atCutoff.areas;
  const first = 4;
  const last = first + Math.max(areas.length, 1) - 1;
  // A figure-less cell says why when it is not simply "nothing due yet": an error, or an area never filled (its
  // own colour through bandFormat's word rule).
  const figure = (area: AreaSemaphore | undefined): CellInput =>
    area?.compliance ??
    (area?.band === "con-errores" || area?.band === "sin-diligenciar"
      ? BAND_LABEL[area.band]
      : null);
  const complianceRows: CellInput[][] = areas.map((area) => [
    area.name,
    area.macroprocess,
    figure(area),
    formatMessage(bandMessages, "es", area.band),
    issueCounts.get(area.code)?.errors ?? null,
    issueCounts.get(area.code)?.warnings ?? null,
  ]);
  const heatHeader = last + 3;
  const heatRows: CellInput[][] = areas.map((area) => [
    area.name,
    ...byPeriod.map(({ areas: atPeriod }) =>
      figure(atPeriod.find((candidate) => candidate.code === area.code))
    ),
  ]);
  const lastHeatColumn = String.fromCharCode(65 + byPeriod.length);
  sheet.blocks.push(
    { row: 1, column: 1, values: [[DASHBOARD_TEXT.title], [`Corte: ${atCutoff.cutoff}`]] },
    { row: first - 1, column: 1, values: [DASHBOARD_TEXT.complianceHeaders, ...complianceRows] },
    { row: heatHeader - 1, column: 1, values: [[DASHBOARD_TEXT.heatTitle]] },
    {
      row: heatHeader,
      column: 1,
      values: [[DASHBOARD_TEXT.heatArea, ...byPeriod.map(({ label }) => label)], ...heatRows],
    }
  );
  const complianceRange = `C${first}:C${last}`;
  const chartRow = heatHeader + Math.max(areas.length, 1) + 2;
  const heatRange = `B${heatHeader + 1}:${lastHeatColumn}${heatHeader + Math.max(areas.length, 1)}`;
  sheet.columnWidths = [44, 30, 16, 16, 10, 13];
  sheet.styles.push(
    { range: "A1", style: { bold: true, fontSize: 14 } },
    {
      range: `A${first - 1}:F${first - 1}`,
      style: { bold: true, fill: BAND_COLORS.titleFill, fontColor: "FFFFFF" },
    },
    { range: `A${heatHeader - 1}`, style: { bold: true } },
    {
      range: `A${heatHeader}:${lastHeatColumn}${heatHeader}`,
      style: { bold: true, fill: BAND_COLORS.titleFill, fontColor: "FFFFFF" },
    },
    { range: complianceRange, style: { numberFormat: NUMBER_FORMATS.compliance } },
    { range: heatRange, style: { numberFormat: NUMBER_FORMATS.percent } }
  );
  sheet.conditionalFormats.push(
    { range: complianceRange, rules: [{ kind: "dataBar", color: "5B9BD5" }] },
    // The Semáforo column in its band's colour (the word stays: never colour alone).
    bandFormat(`D${first}:D${last}`, `$C${first}`, `$D${first}`),
    bandFormat(heatRange, heatRange.split(":")[0])
  );
  // The heat map and the chart each start a printed page (under the title rows), so neither is cut in two and the
  // heat map's rows are never printed without its period header.
  sheet.pageBreaksBefore = [heatHeader - 1, chartRow];
  const chart = dashboardChart(areas, atCutoff.cutoff, bands, {
    firstDataRow: first,
    chartRow,
  });
  sheet.charts = [chart.chart];
  sheet.blocks.push(chart.thresholds);
  sheet.styles.push({
    range: chart.thresholdRange,
    style: { numberFormat: NUMBER_FORMATS.percent, italic: true },
  });
  const trend = layoutTrend(history, areas, chart.lastRow + 2, {
    bold: true,
    fill: BAND_COLORS.titleFill,
    fontColor: "FFFFFF",
  });
  sheet.blocks.push(...trend.blocks);
  sheet.styles.push(...trend.styles);
  sheet.pageBreaksBefore.push(trend.titleRow);
  sheet.pageSetup = {
    orientation: "landscape",
    fitToWidth: true,
    pagesWide: 1,
    printArea: `A1:${columnLetter(Math.max(6, trend.lastColumn))}${trend.lastRow}`,
    printTitleRows: "1:2",
  };
  return { sheet, complianceRange, heatRange };
}
