/**
 * The filled, consolidated 2021 plan printed by LibreOffice (one PDF, split by sheet through a "[[sheet]]" footer
 * the test adds): landscape pages, report sheets one page wide, area tabs at most two pages wide with text of at
 * least 8 pt, header rows on every page, every Instrucciones line whole. PNGs of every page and the page-count
 * table go to test-output/print/. Type size is measured against a reference: an 11 pt cell printed unscaled by the
 * same LibreOffice, through poppler's word boxes (`pdftotext -bbox`).
 * Needs Calibri or its metric twin Carlito (Debian fonts-crosextra-carlito): with another fallback font every
 * column prints wider than in Excel.
 */
import { runPython } from "../support/python";
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { DEFAULT_TEMPLATE } from "../../src/core/template/defaultTemplate";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { instructionSteps } from "../../src/core/workbook/layout/instructionsSheet";
import { SUMMARY_TEXT } from "../../src/core/workbook/layout/summarySheet";
import { DASHBOARD_TEXT } from "../../src/core/consolidation/layoutDashboardSheet";
import { LOG_TEXT } from "../../src/core/consolidation/layoutLogSheet";
import { TREND_TEXT } from "../../src/core/history/layoutTrend";
import { zipEntries } from "../support/zipEntries";
import { testOutputDir } from "../support/tempDir";
import { writePrintedPlan } from "./printedPlan";
import { PrintedSheet, printSheets, wordBoxes, wordHeights } from "./printedSheets";
import { cli } from "../support/runCli";

const AREA_TABS = 17;
const REPORT_SHEETS = ["Instrucciones", "Resumen", "Tablero", "Informe", "Registro"];
const artefacts = path.resolve(__dirname, "..", "..", "test-output", "print");

let printed: PrintedSheet[] = [];
let printedFile = "";
/** Word-box height of 11 pt text printed at 100 %, in points. */
let elevenPoint = 0;
/** A freshly generated plan (every area Sin diligenciar) printed with `Resumen` its only visible sheet. */
let freshResumen = "";

/** Hides every sheet but `Resumen` (openpyxl): argv[1] in, argv[2] out. */
const ONLY_RESUMEN = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    if ws.title != "Resumen": ws.sheet_state = "hidden"
wb.active = wb.sheetnames.index("Resumen")
wb.save(sys.argv[2])
`;

const sheet = (name: string): PrintedSheet => {
  const found = printed.find((candidate) => candidate.sheet === name);
  if (!found) throw new Error(`${name} was not printed`);
  return found;
};
const areaTabs = (): PrintedSheet[] => printed.filter(({ sheet: name }) => /^\d/.test(name));
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
/** The smallest type on the sheet's pages, in points: the 10th percentile of word heights ÷ the 11 pt reference. */
const smallestType = (printedSheet: PrintedSheet): number => {
  const heights = printedSheet.pageTexts.flatMap((_, index) =>
    wordHeights(printedSheet.pdf, printedSheet.firstPage + index)
      .filter(({ word }) => !word.startsWith("[["))
      .map(({ height }) => height)
  );
  const sorted = heights.sort((a, b) => a - b);
  return (sorted[Math.floor(sorted.length / 10)] / elevenPoint) * 11;
};
const flat = (text: string): string => text.replace(/\s+/g, " ").trim();
/** The page breaks a sheet sets itself, read from the package by Python's zipfile. */
const manualBreaks = (file: string, sheetName: string): number => {
  const part = zipEntries(file).sheets[sheetName];
  const xml = runPython(
    [
      "-c",
      "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())",
      file,
      part,
    ],
    { maxBuffer: 64 * 1024 * 1024 }
  );
  return (xml.match(/<brk /g) ?? []).length;
};

beforeAll(async () => {
  const face = execFileSync("fc-match", ["Calibri"], { encoding: "utf8" });
  if (!/Calibri|Carlito/.test(face))
    throw new Error(
      `Calibri prints as ${face.trim()}: install Carlito (apt-get install fonts-crosextra-carlito) so that LibreOffice lays columns out as Excel does`
    );
  const dir = testOutputDir("print-work");
  const reference = new ExcelJS.Workbook();
  const cell = reference.addWorksheet("Referencia").getCell("A1");
  cell.value = "Referencia de once puntos";
  cell.font = { name: "Calibri", size: 11 };
  await reference.xlsx.writeFile(path.join(dir, "reference.xlsx"));
  const { file } = await writePrintedPlan(dir);
  printedFile = file;
  const fresh = path.join(dir, "fresh.xlsx");
  const generated = await cli("generate", "--out", fresh);
  if (generated.code !== 0) throw new Error(generated.stderr);
  runPython(["-c", ONLY_RESUMEN, fresh, path.join(dir, "fresh-resumen.xlsx")]);
  // One soffice call prints the plan, the reference and the fresh plan's Resumen.
  const result = printSheets(file, dir, [
    path.join(dir, "reference.xlsx"),
    path.join(dir, "fresh-resumen.xlsx"),
  ]);
  printed = result.sheets;
  elevenPoint = median(wordHeights(result.alongside[0], 1).map(({ height }) => height));
  freshResumen = result.alongside[1];

  rmSync(artefacts, { recursive: true, force: true });
  mkdirSync(artefacts, { recursive: true });
  const rows = printed.map((entry, index) => {
    const prefix = path.join(artefacts, `${String(index + 1).padStart(2, "0")} ${entry.sheet}`);
    if (entry.pages > 0)
      execFileSync("pdftoppm", [
        "-r",
        "60",
        "-png",
        "-f",
        String(entry.firstPage),
        "-l",
        String(entry.firstPage + entry.pages - 1),
        entry.pdf,
        prefix,
      ]);
    const orientation = entry.width > entry.height ? "landscape" : "portrait";
    return `| ${entry.sheet} | ${entry.pages} | ${orientation} ${entry.width}×${entry.height} pt | ${smallestType(entry).toFixed(1)} pt |`;
  });
  writeFileSync(
    path.join(artefacts, "pages.md"),
    ["| sheet | pages | paper | smallest type |", "|---|---|---|---|", ...rows, ""].join("\n")
  );
}, 600_000);

describe("the printed 2021 plan", () => {
  it("prints every visible sheet, the plan's own sheets in landscape", () => {
    expect(areaTabs()).toHaveLength(AREA_TABS);
    for (const entry of printed)
      expect([entry.sheet, entry.pages > 0]).toEqual([entry.sheet, true]);
    for (const name of [...REPORT_SHEETS, "Matriz", ...areaTabs().map((tab) => tab.sheet)]) {
      const entry = sheet(name);
      expect([name, entry.width > entry.height]).toEqual([name, true]);
    }
  });

  it("prints the report sheets one page wide: every page starts with the title rows, headers whole", () => {
    const titles: Record<string, string> = {
      Instrucciones: "Instrucciones para diligenciar el Plan de Acción",
      Resumen: SUMMARY_TEXT.title,
      Tablero: DASHBOARD_TEXT.title,
      Informe: "Informe de gestión — I semestre de 2021",
      Registro: LOG_TEXT.title,
    };
    for (const name of REPORT_SHEETS) {
      const entry = sheet(name);
      // A page to the right of another repeats the title rows' cells of its own columns only: no title there.
      for (const text of entry.pageTexts)
        expect([name, text.includes(titles[name])]).toEqual([name, true]);
    }
    // Wrapped header cells print word by word on several lines: every word is there, none cut.
    const resumen = flat(sheet("Resumen").pageTexts.join(" ")).split(" ");
    for (const word of SUMMARY_TEXT.areaHeaders.flatMap((header) => flat(header).split(" ")))
      expect(resumen).toContain(word);
    const tablero = flat(sheet("Tablero").pageTexts.join(" "));
    for (const header of DASHBOARD_TEXT.complianceHeaders) expect(tablero).toContain(header);
    expect(tablero).toContain("Cumplimiento por área — corte T2");
    expect(sheet("Instrucciones").pages).toBeLessThanOrEqual(2);
    // The areas on one page, the macroprocesses and the institution on the next (`SUMMARY_PAGE_ROOM`).
    expect(sheet("Resumen").pages).toBe(2);
    // Tablero: the compliance table, the heat map, the chart and the trend by cut-off, each on a page of its own.
    expect(sheet("Tablero").pages).toBe(4);
    // Informe: the informe paginates itself (a heading with what follows, short tables whole, a long table's header
    // again on its next page): LibreOffice prints exactly its pages, adding none — every row fits where the sheet
    // put it. A section per macroprocess and area of the 2021 plan takes some ten pages.
    const informeBreaks = manualBreaks(printedFile, "Informe");
    expect(informeBreaks).toBeGreaterThan(3);
    expect(sheet("Informe").pages).toBe(informeBreaks + 1);
    // Registro: one page for the 17 areas' sources, then the history by cut-off (18 rows) on a page of its own.
    expect(sheet("Registro").pages).toBe(2);
  });

  it("prints Resumen's lists of areas Sin diligenciar whole, each within its own row, on the macroprocesses' page", () => {
    // A fresh plan: every area is Sin diligenciar, so every list is at its longest. Page 1 holds the areas, page 2
    // the macroprocesses and the institution (the two tables take more than a page).
    expect(wordBoxes(freshResumen, 1).map(({ word }) => word)).not.toContain("Institución");
    expect(wordBoxes(freshResumen, 3)).toEqual([]);
    const page = wordBoxes(freshResumen, 2);
    // Under the title and Corte, the macroprocess table's own header, not the area table's ("Verde", "Código").
    const words = page.map(({ word }) => word);
    expect(words).toContain("Corte");
    expect(words).not.toContain("Verde");
    expect(words).not.toContain("Código");
    // The list's column: from "Áreas sin diligenciar" (H) to "Filas excluidas por errores" (M, the rightmost "Filas").
    const listHeader = page.findIndex(
      ({ word }, index) => word === "Áreas" && page[index + 1]?.word === "sin"
    );
    const left = page[listHeader].xMin;
    const right = Math.max(...page.filter(({ word }) => word === "Filas").map(({ xMin }) => xMin));
    // Each group's row starts at its name in column A; a list word belongs to the last row starting above it.
    const labels = ["Misional", "Apoyo", "Dirección", "Seguimiento,", "Institución"].map(
      (label) => {
        const box = page.find(({ word, xMin }) => word === label && xMin < left);
        if (!box) throw new Error(`${label} was not printed on Resumen's second page`);
        return { label, top: box.yMin };
      }
    );
    const lists = new Map(labels.map(({ label }) => [label, [] as string[]]));
    for (const box of page) {
      // Column M's figures start right of the list's column: every list word ends before them.
      if (box.xMin < left - 1 || box.xMin >= right || box.yMin < labels[0].top - 1) continue;
      const owner = labels.filter(({ top }) => top <= box.yMin + 1).pop();
      if (!owner) continue;
      expect([box.word, box.xMax <= right]).toEqual([box.word, true]);
      lists.get(owner.label)!.push(box.word);
    }
    const misional =
      "3.1 DJ, 3.2 DE, 3.3 ECR, 3.4 EGN, 3.5 DGT, 3.5.1 SGR, 3.6 MA, 3.7 SCC, 3.8 CICT";
    const apoyo = "4.1 GAF, 4.2 GH, 4.3 GD, 4.4 GT, 4.5 GC";
    expect(
      Object.fromEntries([...lists].map(([label, words]) => [label, words.join(" ")]))
    ).toEqual({
      Misional: misional,
      Apoyo: apoyo,
      Dirección: "5.1 PI, 5.2 CRI",
      "Seguimiento,": "6.1 CI",
      Institución: `${misional}, ${apoyo}, 5.1 PI, 5.2 CRI, 6.1 CI`,
    });
  });

  it("prints the Informe, the Resumen and the Registro in type of 8 pt or more", () => {
    for (const name of ["Informe", "Resumen", "Registro"])
      expect([name, smallestType(sheet(name)) >= 8]).toEqual([name, true]);
  });

  it("prints Tablero's chart: its title and threshold labels", () => {
    const tablero = flat(sheet("Tablero").pageTexts.join(" "));
    expect(tablero).toContain("Umbral verde (80 %)");
    expect(tablero).toContain("Umbral amarillo (60 %)");
  });

  it("prints every Instrucciones line whole", () => {
    const text = flat(sheet("Instrucciones").pageTexts.join(" "));
    for (const step of instructionSteps(DEFAULT_TEMPLATE)) expect(text).toContain(flat(step));
  });

  it("prints each area tab at most two pages wide, its header row on every page, text at 8 pt or more", () => {
    for (const tab of areaTabs()) {
      // ID prints on every page; Objetivo marks a left-hand page, Semáforo a right-hand one.
      const left = tab.pageTexts.filter((text) => text.includes("Objetivo")).length;
      const right = tab.pageTexts.filter((text) => text.includes("Semáforo")).length;
      expect([tab.sheet, left + right, tab.pages]).toEqual([tab.sheet, tab.pages, tab.pages]);
      expect([tab.sheet, tab.pages <= 2 * left]).toEqual([tab.sheet, true]);
      for (const text of tab.pageTexts)
        expect([tab.sheet, /^\s*ID\b/m.test(text)]).toEqual([tab.sheet, true]);
    }
    const smallest = Math.min(...areaTabs().map(smallestType));
    expect(smallest).toBeGreaterThanOrEqual(8);
  });

  it("prints the Matriz with its header on every page", () => {
    const headers = Object.values(HEADERS).filter((header) => !header.includes(" "));
    for (const text of sheet("Matriz").pageTexts) {
      const words = flat(text).split(" ");
      expect(headers.filter((header) => words.includes(header)).length).toBeGreaterThan(0);
    }
  });

  it("breaks no header word across lines on the area tabs, the Matriz and the Tablero", () => {
    // A word broken by the print ("Ponderació" / "n") shows as a token that begins a header word and, on the same
    // page, the token that ends it.
    const words = [...new Set([...Object.values(HEADERS), ...DASHBOARD_TEXT.complianceHeaders])]
      .flatMap((header) => flat(header).split(" "))
      .filter((word) => word.length > 3);
    const broken = (text: string): string[] => {
      const tokens = new Set(flat(text).split(" "));
      return words.filter((word) =>
        Array.from({ length: word.length - 1 }, (_, cut) => cut + 1).some(
          (cut) =>
            cut >= 3 &&
            !tokens.has(word) &&
            tokens.has(word.slice(0, cut)) &&
            tokens.has(word.slice(cut))
        )
      );
    };
    for (const entry of [...areaTabs(), sheet("Matriz"), sheet("Tablero")])
      entry.pageTexts.forEach((text, page) =>
        expect([entry.sheet, page + 1, broken(text)]).toEqual([entry.sheet, page + 1, []])
      );
  });

  it("shows row IDs on every page of the Matriz and of every area tab with rows", () => {
    const ids = /\b[A-Z][A-Z0-9]*-\d{2}\b/;
    for (const entry of [sheet("Matriz"), ...areaTabs()]) {
      if (!entry.pageTexts.some((text) => ids.test(text))) continue; // an area with no objectives
      entry.pageTexts.forEach((text, page) =>
        expect([entry.sheet, page + 1, ids.test(text)]).toEqual([entry.sheet, page + 1, true])
      );
    }
    expect(ids.test(sheet("Matriz").pageTexts.join(" "))).toBe(true);
  });

  it("starts Tablero's heat map on a page of its own, under its period header", () => {
    const pages = sheet("Tablero").pageTexts;
    const heat = pages.filter((text) => text.includes(DASHBOARD_TEXT.heatTitle));
    expect(heat).toHaveLength(1);
    expect(heat[0]).toMatch(/Área\s+T1\s+T2/);
    expect(pages[0]).not.toContain(DASHBOARD_TEXT.heatTitle);
  });

  it("prints Tablero's trend and Registro's history by cut-off each on a page of its own, under its header", () => {
    const trend = sheet("Tablero").pageTexts.filter((text) => text.includes(TREND_TEXT.title));
    expect(trend).toHaveLength(1);
    expect(trend[0]).toMatch(/Área\s+T2/);
    expect(trend[0]).toContain("Institución");
    expect(trend[0]).not.toContain(DASHBOARD_TEXT.heatTitle);
    const history = sheet("Registro").pageTexts.filter((text) => text.includes(LOG_TEXT.history));
    expect(history).toHaveLength(1);
    expect(flat(history[0])).toMatch(/Corte Fecha Código Área % Cumplimiento Semáforo/);
    expect(flat(history[0])).toContain("Institución");
    expect(flat(history[0])).not.toContain(LOG_TEXT.retired);
  });

  it("writes the consolidation date in Registro as the rest of the workbook writes dates", () => {
    const registro = flat(sheet("Registro").pageTexts.join(" "));
    expect(registro).toMatch(/Consolidado el \d{2}\/\d{2}\/\d{4}/);
    expect(registro).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("shows Porcentaje rows as percentages and the weights' total in the title block", () => {
    const estudios = flat(sheet("3.2 Dirección de Estudios").pageTexts.join(" "));
    expect(estudios).toContain("Ponderaciones (deben sumar 100 %) 100%");
    expect(estudios).toMatch(/25% 50% 75% 100%/);
    // Their "Programado/Ejecutado a la fecha" are levels too: 50 % and 30 % / 20 % at T2, never 0.5 or 0.3.
    const tokens = estudios.split(" ");
    for (const fraction of ["0.5", "0.3", "0.2", "0,5", "0,3", "0,2"])
      expect(tokens).not.toContain(fraction);
    expect(tokens).toEqual(expect.arrayContaining(["30%", "20%"]));
    expect(estudios).toContain("Macroproceso: Misional");
  });
});
