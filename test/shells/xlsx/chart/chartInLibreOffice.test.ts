/**
 * Tablero's chart as independent readers see it: a consolidated plan (sample template, DJ filled at T2: 2 of 4
 * executed → 50 %, Rojo; SGR 1 of 1 → 100 %, Verde) with the chart the consolidation laid out put in by
 * `chartParts`; openpyxl finds the chart over `Tablero`, LibreOffice draws it (its title, the bar labels and the
 * threshold legend are in the PDF) and keeps it when it saves the file again.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { consolidateWorkbookFile } from "../../../../src/cli/commands/consolidateCommand";
import { SHEET } from "../../../../src/core/workbook/sheetNames";
import { ChartPatch } from "../../../../src/core/workbook/WorkbookPatch";
import { filledPlanWorkbook, validRow } from "../../../support/filledPlan";
import { injectCharts } from "../../../support/injectCharts";
import { convertWithLibreOffice } from "../../../support/libreoffice";
import { sampleTemplate } from "../../../support/sampleTemplate";
import { testOutputDir } from "../../../support/tempDir";

const dir = testOutputDir("chart");
const withChart = path.join(dir, "tablero.xlsx");
let charts: ChartPatch[] = [];

beforeAll(async () => {
  const plan = path.join(dir, "plan.xlsx");
  const consolidated = path.join(dir, "consolidated.xlsx");
  const workbook = await filledPlanWorkbook(sampleTemplate(), {
    DJ: [validRow("Mapa del litigio", [1, 0]), validRow("Asesorías", [0, 0])],
    SGR: [validRow("Proyectos de regalías", [1, 1])],
  });
  await workbook.xlsx.writeFile(plan);
  const consolidation = await consolidateWorkbookFile({
    input: plan,
    imports: [],
    out: consolidated,
    cutoff: "T2",
    force: true,
    today: "2021-07-15",
  });
  charts = consolidation.patch.sheets.find((sheet) => sheet.name === SHEET.dashboard)?.charts ?? [];
  writeFileSync(withChart, injectCharts(readFileSync(consolidated), SHEET.dashboard, charts));
}, 120_000);

describe("Tablero's chart", () => {
  it("is laid out by the consolidation: compliance by area coloured by band, thresholds as lines", () => {
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    expect(chart.title).toBe("Cumplimiento por área — corte T2");
    // DJ: 1 + 0 executed of 1 + 1 programmed per row → rows 50 % and 0 % → area 25 %, Rojo; SGR 2 of 2 → 100 %.
    const bars = chart.series[0];
    expect(chart.categories.cache).toEqual([
      "Dirección Jurídica",
      "Sistema General de Regalías – SGR",
      "Control Interno",
    ]);
    expect(bars.values.cache).toEqual([0.25, 1, null]);
    expect(bars.pointColors).toEqual(["F8696B", "63BE7B", "D9D9D9"]);
    expect(
      chart.series.slice(1).map((series) => [series.kind, series.name, series.values.cache])
    ).toEqual([
      ["line", "Umbral verde (80 %)", [0.8, 0.8, 0.8]],
      ["line", "Umbral amarillo (60 %)", [0.6, 0.6, 0.6]],
    ]);
  });

  it("is found over Tablero by openpyxl, with one bar and two line series", () => {
    const script = [
      "import json, sys, openpyxl",
      "wb = openpyxl.load_workbook(sys.argv[1])",
      "out = {}",
      "for ws in wb.worksheets:",
      "  if ws._charts:",
      "    out[ws.title] = [[type(c).__name__, len(c.series)] + [[type(s).__name__, len(s.series)] for s in getattr(c, '_charts', [])] for c in ws._charts]",
      "print(json.dumps(out))",
    ].join("\n");
    const output = execFileSync("/usr/bin/python3", ["-c", script, withChart], {
      encoding: "utf8",
    });
    expect(JSON.parse(output)).toEqual({
      Tablero: [["BarChart", 1, ["BarChart", 1], ["LineChart", 2]]],
    });
  });

  it("is drawn by LibreOffice (PDF) and kept when LibreOffice saves the workbook", () => {
    const [pdf] = convertWithLibreOffice([withChart], path.join(dir, "pdf"), "pdf");
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
    expect(text).toContain("Cumplimiento por área — corte T2");
    expect(text).toContain("Umbral verde (80 %)");
    expect(text).toContain("Umbral amarillo (60 %)");
    expect(text).toContain("25%");
    expect(text).toContain("100%");
    const [saved] = convertWithLibreOffice([withChart], path.join(dir, "saved"), "xlsx");
    const entries = unzipSync(readFileSync(saved));
    const chartXml = Object.keys(entries).filter((name) =>
      /^xl\/charts\/chart\d+\.xml$/.test(name)
    );
    expect(chartXml).toHaveLength(1);
    const xml = strFromU8(entries[chartXml[0]]);
    expect(xml.match(/<c:ser>/g)).toHaveLength(3);
    expect(xml).toContain("Tablero");
  });
});
