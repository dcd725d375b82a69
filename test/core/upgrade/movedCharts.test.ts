/**
 * An upgrade that adds a column moves the series of users' charts that read a rebuilt area tab (SPEC §2 "Template
 * evolution"), on sheets it does not rewrite; a chart on a rebuilt tab goes with its tab (`drawingsNotCarried`); a
 * series reading a column the rebuilt table lost is named. Addresses by hand: T_DJ starts at A7, version 2 adds
 * `Fuente` at AB, so `% Cumplimiento` (AD) is at AE; the title block and `ID` (A) stay.
 */
import { planUpgrade } from "../../../src/core/upgrade/planUpgrade";
import { ChartReferences } from "../../../src/core/workbook/ChartReferences";
import { sampleTemplate, sampleTemplateWithSource } from "../../support/sampleTemplate";
import { snapshotOf, tableOf } from "./upgradeFixtures";

const DJ = "3.1 Dirección Jurídica";
const MINE = "Mi hoja";
const v1 = sampleTemplate();
const v2 = sampleTemplateWithSource();

function withCharts(charts: ChartReferences[]) {
  const snapshot = snapshotOf(v1);
  snapshot.sheets.push({ name: MINE, visibility: "visible" });
  snapshot.charts = charts;
  return snapshot;
}

describe("planUpgrade moves users' charts", () => {
  it("rewrites the series of a chart on a user's sheet that read moved columns, and only those", () => {
    const snapshot = withCharts([
      {
        sheet: MINE,
        chart: "xl/charts/chart1.xml",
        title: "Cumplimiento DJ",
        formulas: [`'${DJ}'!$A$8:$A$9`, `'${DJ}'!$AD$8:$AD$9`, `'${DJ}'!$AD$7`],
      },
      { sheet: MINE, chart: "xl/charts/chart2.xml", title: null, formulas: [`'${DJ}'!$B$8:$B$9`] },
      { sheet: MINE, chart: "xl/charts/chart3.xml", title: null, formulas: [`'${DJ}'!$AC$8`] },
    ]);
    const { patch, report } = planUpgrade(snapshot, v1, v2, new Map());
    expect(patch.chartEdits).toEqual([
      {
        chart: "xl/charts/chart1.xml",
        formulas: [`'${DJ}'!$A$8:$A$9`, `'${DJ}'!$AE$8:$AE$9`, `'${DJ}'!$AE$7`],
      },
      { chart: "xl/charts/chart3.xml", formulas: [`'${DJ}'!$AD$8`] },
    ]);
    // The untitled third chart on the sheet is named by its number there.
    expect(report.movedCharts).toEqual([{ sheet: MINE, charts: ["Cumplimiento DJ", "#3"] }]);
  });

  it("leaves a chart on the rebuilt tab itself to its tab, and writes no edit when nothing moved", () => {
    const snapshot = withCharts([
      { sheet: DJ, chart: "xl/charts/chart1.xml", title: null, formulas: [`'${DJ}'!$AD$8:$AD$9`] },
      { sheet: MINE, chart: "xl/charts/chart2.xml", title: null, formulas: ["Listas!$A$2:$A$5"] },
    ]);
    const { patch, report } = planUpgrade(snapshot, v1, v2, new Map());
    expect(patch.chartEdits).toBeUndefined();
    expect(report.movedCharts).toEqual([]);
  });

  it("names a chart whose series reads a column the rebuilt table no longer has", () => {
    const snapshot = withCharts([
      {
        sheet: MINE,
        chart: "xl/charts/chart1.xml",
        title: "Notas",
        formulas: [`'${DJ}'!$AF$8:$AF$9`],
      },
    ]);
    // A user's column left blank in the header (AF, after Semáforo at AE) is not carried: its cells are lost.
    tableOf(snapshot, "T_DJ").headers.push("");
    for (const row of tableOf(snapshot, "T_DJ").rows) row.push({ kind: "number", value: 1 });
    const { report } = planUpgrade(snapshot, v1, v2, new Map());
    expect(report.problems).toContainEqual({
      code: "upgrade.chartReferencesLost",
      params: { sheet: MINE, count: 1, charts: "Notas" },
    });
  });
});
