/**
 * Tablero's chart as independent readers see it: a plan (sample template, DJ filled at T2: 2 of 4 executed → 50 %,
 * Rojo; SGR 1 of 1 → 100 %, Verde) consolidated by the CLI, whose package writer writes the chart; openpyxl finds
 * the chart over `Tablero`, LibreOffice draws it (its title, the bar labels and the threshold legend are in the
 * PDF) and keeps it when it saves the file again; consolidating the consolidated file replaces the chart with its
 * Tablero, leaving no orphan part.
 */
import { runPython } from "../../../support/python";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { consolidate } from "../../../../src/operations/consolidate";
import { FileHost } from "../../../../src/shells/xlsx/FileHost";
import { SHEET } from "../../../../src/core/workbook/sheetNames";
import { ChartPatch } from "../../../../src/core/workbook/WorkbookPatch";
import { filledPlanWorkbook, validRow } from "../../../support/filledPlan";
import { convertWithLibreOffice, PDF_ONE_PAGE_A_SHEET } from "../../../support/libreoffice";
import { cli } from "../../../support/runCli";
import { sampleTemplate } from "../../../support/sampleTemplate";
import { testOutputDir } from "../../../support/tempDir";

const dir = testOutputDir("chart");
const withChart = path.join(dir, "consolidated-by-cli.xlsx");
const twice = path.join(dir, "consolidated-twice.xlsx");
let charts: ChartPatch[] = [];

beforeAll(async () => {
  const plan = path.join(dir, "plan.xlsx");
  const consolidated = path.join(dir, "consolidated.xlsx");
  const workbook = await filledPlanWorkbook(sampleTemplate(), {
    DJ: [validRow("Mapa del litigio", [1, 0]), validRow("Asesorías", [0, 0])],
    SGR: [validRow("Proyectos de regalías", [1, 1])],
  });
  await workbook.xlsx.writeFile(plan);
  // The patch the consolidation writes, caught on its way to the file.
  const host = new FileHost({ input: plan, output: consolidated, force: true });
  const write = host.applyPatch.bind(host);
  host.applyPatch = async (patch, context) => {
    charts = patch.sheets.find((sheet) => sheet.name === SHEET.dashboard)?.charts ?? [];
    return write(patch, context);
  };
  await consolidate(host, { cutoff: "T2", today: "2021-07-15" });
  const first = await cli("consolidate", plan, "--cutoff", "T2", "--out", withChart);
  if (first.code > 1) throw new Error(`consolidate failed: ${first.stderr}`);
  const second = await cli("consolidate", withChart, "--cutoff", "T2", "--out", twice);
  if (second.code > 1) throw new Error(`second consolidate failed: ${second.stderr}`);
}, 120_000);

/** The package's entries, its content-type overrides and every relationship target, resolved to part names. */
function packageOf(file: string): {
  names: string[];
  overrides: string[];
  targets: string[];
  text: (name: string) => string;
} {
  const entries = unzipSync(readFileSync(file));
  const text = (name: string): string => strFromU8(entries[name]);
  const overrides = [...text("[Content_Types].xml").matchAll(/PartName="\/([^"]+)"/g)].map(
    (match) => match[1]
  );
  const targets: string[] = [];
  for (const name of Object.keys(entries)) {
    const rels = /^(.*?)_rels\/([^/]*)\.rels$/.exec(name);
    if (!rels) continue;
    for (const [, target] of text(name).matchAll(/Target="([^"]+)"/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const parts = (target.startsWith("/") ? target.slice(1) : `${rels[1]}${target}`).split("/");
      const resolved: string[] = [];
      for (const part of parts) part === ".." ? resolved.pop() : resolved.push(part);
      targets.push(resolved.join("/"));
    }
  }
  return { names: Object.keys(entries), overrides, targets, text };
}

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
    // The third area was never filled: Sin diligenciar's own violet (SPEC §5), not the grey of nothing due.
    expect(bars.pointColors).toEqual(["F8696B", "63BE7B", "C9B3E6"]);
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
    const output = runPython(["-c", script, withChart], {});
    expect(JSON.parse(output)).toEqual({
      Tablero: [["BarChart", 1, ["BarChart", 1], ["LineChart", 2]]],
    });
  });

  it("is replaced with Tablero when the consolidated file is consolidated again: one chart, no orphan part", () => {
    for (const file of [withChart, twice]) {
      const pkg = packageOf(file);
      const charts = pkg.names.filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
      const drawings = pkg.names.filter((name) => /^xl\/drawings\/drawing\d+\.xml$/.test(name));
      expect([file, charts.length, drawings.length]).toEqual([file, 1, 1]);
      // Every part (not the folder entries ExcelJS writes) is the target of a relationship; every override names a part.
      const orphans = pkg.names.filter(
        (name) =>
          !name.endsWith("/") &&
          !name.endsWith(".rels") &&
          name !== "[Content_Types].xml" &&
          !pkg.targets.includes(name)
      );
      expect([file, orphans]).toEqual([file, []]);
      expect([file, pkg.overrides.filter((name) => !pkg.names.includes(name))]).toEqual([file, []]);
      for (const name of [...charts, ...drawings])
        expect([file, name, pkg.overrides.includes(name)]).toEqual([file, name, true]);
      // The drawing points at the chart; the chart reads Tablero's cells.
      expect(pkg.targets).toContain(charts[0]);
      expect(pkg.text(charts[0])).toContain("Cumplimiento por área — corte T2");
    }
    // The second write removed the first chart and drawing under their names and added fresh ones.
    expect(packageOf(twice).names).not.toContain("xl/charts/chart1.xml");
  });

  it("is drawn by LibreOffice (PDF) and kept when LibreOffice saves the workbook", () => {
    const [pdf] = convertWithLibreOffice([withChart], path.join(dir, "pdf"), PDF_ONE_PAGE_A_SHEET);
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
