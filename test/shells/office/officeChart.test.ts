/**
 * The consolidation's chart written by the Office host (issue 9, issue 11 Deliver 2): one clustered column chart on
 * Tablero over its own cells, bars coloured by band, the two thresholds as dashed lines over the live H:I cells —
 * in the same number of syncs as without it. Figures by hand: the sample template has three areas (Dirección
 * Jurídica, SGR, Control Interno) at rows 4–6; only DJ is filled, two rows each programmed 1 and executed 1 at T1,
 * so DJ is 100 % (verde, 63BE7B) and the other two have nothing programmed (sin programación, D9D9D9). The chart's
 * anchor: the heat map's header is row 9 (3 rows after row 6), the chart 3 + 2 rows below it, 24 rows tall: A14:F37.
 */
import { layoutWorkbook } from "../../../src/core/workbook/layoutWorkbook";
import { applyWorkbookPatch } from "../../../src/shells/office/applyWorkbookPatch";
import { FakeExcel } from "../../fakes/excel/FakeExcel";
import { ChartSource } from "../../fakes/excel/WorkbookModel";
import { validRow } from "../../support/filledPlan";
import { sampleTemplate } from "../../support/sampleTemplate";
import { consolidation, fillEdits, officeHost } from "./support";

const where = (source: ChartSource | undefined): string | undefined =>
  source &&
  `${source.sheet.name}!${String.fromCharCode(65 + source.bounds.left)}${source.bounds.top + 1}:${String.fromCharCode(65 + source.bounds.right)}${source.bounds.bottom + 1}`;

async function consolidatedAtT1(options: { apiVersion?: number } = {}) {
  const { excel, host } = officeHost(options);
  const layout = layoutWorkbook(sampleTemplate());
  await host.applyPatch(layout);
  const fill = {
    DJ: [
      validRow("Emitir conceptos jurídicos", [1, 1, null, null]),
      validRow("Asesorar a las alcaldías", [1, 0, null, null]),
    ],
  };
  await host.applyPatch({ sheets: [], definedNames: [], edits: fillEdits(layout, fill) });
  return { excel, host, patch: consolidation(await host.readSnapshot(), "T1", "2021-04-05") };
}

test("a consolidation through the Office host leaves exactly one chart on Tablero: series, cells, colours, axis", async () => {
  const { excel, host, patch } = await consolidatedAtT1();
  await host.applyPatch(patch);
  const tablero = excel.model.sheets.find((sheet) => sheet.name === "Tablero")!;
  expect(excel.model.sheets.flatMap((sheet) => sheet.charts)).toHaveLength(1);
  expect(tablero.charts).toHaveLength(1);
  const [chart] = tablero.charts;
  expect(chart.type).toBe("ColumnClustered");
  expect(chart.title).toBe("Cumplimiento por área — corte T1");
  expect(chart.position).toEqual({ from: "A14", to: "F37" });
  expect(chart.valueAxis).toEqual({ minimum: 0, maximum: 1.2, numberFormat: "0%" });
  expect(
    chart.series.map((series) => ({
      name: series.name,
      values: where(series.values),
      categories: where(series.xValues),
      chartType: series.chartType,
      fill: series.fill,
      line: series.line,
      labels: series.hasDataLabels,
      points: Object.fromEntries(series.pointFills),
    }))
  ).toEqual([
    {
      name: "% Cumplimiento",
      values: "Tablero!C4:C6",
      categories: "Tablero!A4:A6",
      chartType: undefined,
      fill: "#5B9BD5",
      line: {},
      labels: true,
      // Areas 2 and 3 never filled their tabs: Sin diligenciar's violet, not Sin programación's grey (SPEC §5).
      points: { 0: "#63BE7B", 1: "#C9B3E6", 2: "#C9B3E6" },
    },
    {
      name: "Umbral verde (80 %)",
      values: "Tablero!H4:H6",
      categories: "Tablero!A4:A6",
      chartType: "Line",
      fill: undefined,
      line: { color: "#2E7D32", lineStyle: "Dash" },
      labels: false,
      points: {},
    },
    {
      name: "Umbral amarillo (60 %)",
      values: "Tablero!I4:I6",
      categories: "Tablero!A4:A6",
      chartType: "Line",
      fill: undefined,
      line: { color: "#BF8F00", lineStyle: "Dash" },
      labels: false,
      points: {},
    },
  ]);
  // The cells the chart draws: the three areas, DJ at 100 %.
  const cells = excel.dump("Tablero") as Record<string, unknown>;
  expect([cells.A4, cells.A5, cells.A6]).toEqual([
    "Dirección Jurídica",
    "Sistema General de Regalías – SGR",
    "Control Interno",
  ]);
  expect(cells.C4).toBe(1);
  // Live threshold cells (the fake does not calculate: it shows their formulas).
  expect([cells.H4, cells.I4, cells.H6, cells.I6]).toEqual([
    "=UmbralVerde",
    "=UmbralAmarillo",
    "=UmbralVerde",
    "=UmbralAmarillo",
  ]);

  // Consolidating again replaces Tablero whole: still one chart, now at T2.
  await host.applyPatch(consolidation(await host.readSnapshot(), "T2", "2021-07-05"));
  expect(excel.model.sheets.flatMap((sheet) => sheet.charts).map((c) => c.title)).toEqual([
    "Cumplimiento por área — corte T2",
  ]);
});

test("the chart costs no sync: the consolidation takes as many syncs with it as without it", async () => {
  const withChart = await consolidatedAtT1();
  withChart.excel.resetCounters();
  await withChart.host.applyPatch(withChart.patch);
  const without = await consolidatedAtT1();
  without.excel.resetCounters();
  await without.host.applyPatch({
    ...without.patch,
    sheets: without.patch.sheets.map((sheet) => ({ ...sheet, charts: undefined })),
  });
  expect(withChart.excel.syncCount).toBe(without.excel.syncCount);
});

test("the fake refuses what Excel refuses: a point past the end, a chart on a protected sheet", async () => {
  const excel = new FakeExcel();
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B1:B3"), "Columns");
    chart.series.getItemAt(0).points.getItemAt(3).format.fill.setSolidColor("#FF0000");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
  const protectedExcel = new FakeExcel();
  await protectedExcel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.protection.protect({});
    sheet.charts.add("ColumnClustered", sheet.getRange("B1:B3"), "Columns");
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  });
  expect(protectedExcel.model.sheets[0].charts).toHaveLength(0);
});

test("with charts: false the consolidation is written without the chart, its cells all there", async () => {
  const { excel, patch } = await consolidatedAtT1();
  await excel.run((context) =>
    applyWorkbookPatch(context, patch, { pageLayout: true, charts: false })
  );
  expect(excel.model.sheets.flatMap((sheet) => sheet.charts)).toHaveLength(0);
  expect((excel.dump("Tablero") as Record<string, unknown>).C4).toBe(1);
});
