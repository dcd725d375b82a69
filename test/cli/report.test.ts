/**
 * `plan-matrix report`: a generated plan filled with rows in every band — one red row whose activity is a
 * `=HYPERLINK(…)` text and whose observation is a `<script>` — becomes an HTML file (opened in headless Chromium,
 * offline: the text is literal and no script runs) and an `.xlsx` whose `Informe` sheet openpyxl reads back as
 * plain string cells with print settings, every other sheet unchanged.
 */
import { runPython } from "../support/python";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { BrowserContext } from "playwright-core";
import { Template } from "../../src/core/template/Template";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { layoutWorkbook } from "../../src/core/workbook/layoutWorkbook";
import { workbookFromPatch } from "../support/exceljs/workbookFile";
import { fillArea, RowValues } from "../support/fillArea";
import { cellsOf, inspectWithOpenpyxl, InspectedWorkbook } from "../support/openpyxl";
import { cli, cliProcess } from "../support/runCli";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";
import { HeadlessChromium, launchChromium } from "../support/chromium";

const HYPERLINK = '=HYPERLINK("http://x","y")';
const SCRIPT = "<script>alert(1)</script>";

type PrintSettings = {
  order: string[];
  sheets: Record<
    string,
    {
      printArea: string | null;
      printTitleRows: string | null;
      orientation: string | null;
      fitToPage: boolean;
      fitToWidth: number | null;
      fitToHeight: number | null;
      columnWidths: Record<string, number>;
      merged: string[];
    }
  >;
};
const inspectPrint = (file: string): PrintSettings =>
  JSON.parse(runPython([path.join(__dirname, "inspect_print.py"), file])) as PrintSettings;

const objectives = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `Objetivo ${i + 1}`);
const template: Template = sampleTemplate({
  macroprocesses: [
    {
      code: "MI",
      name: "Misional",
      areas: [
        { code: "DJ", name: "Dirección Jurídica", section: "3.1", objectives: objectives(5) },
        {
          code: "SGR",
          name: "Sistema General de Regalías – SGR",
          section: "3.1.1",
          parent: "DJ",
          objectives: objectives(2),
        },
      ],
    },
    {
      code: "SMC",
      name: "Seguimiento, Monitoreo y Control",
      areas: [{ code: "CI", name: "Control Interno", section: "6.1", objectives: [] }],
    },
  ],
});

const row = (executed: (number | null)[], extra: RowValues = {}): RowValues => ({
  [HEADERS.activity]: "Actividad",
  [HEADERS.indicator]: "Indicador",
  [HEADERS.unit]: "Número",
  [HEADERS.direction]: "Ascendente",
  [HEADERS.goal]: 40,
  ...Object.fromEntries([1, 2, 3, 4].map((n) => [`Programado T${n}`, 10])),
  ...Object.fromEntries(executed.map((value, i) => [`Ejecutado T${i + 1}`, value])),
  [HEADERS.responsible]: "Coordinación",
  [HEADERS.reportStatus]: "Enviado",
  ...extra,
});

/** At T2 (programmed 20): DJ-01 red, DJ-02 green, DJ-03 yellow, DJ-04 over-executed, DJ-05 red (no report). */
const FILL: Record<string, RowValues[]> = {
  DJ: [
    row([2, 3], {
      [HEADERS.activity]: HYPERLINK,
      [HEADERS.observations]: SCRIPT,
      [HEADERS.responsible]: "Ana Pérez",
    }),
    row([9, 9]),
    row([7, 6]),
    row([15, 15], { [HEADERS.observations]: "Se adelantó la meta" }),
    row([null, null], { [HEADERS.reportStatus]: "Borrador" }),
  ],
  SGR: [
    row([10, 8]),
    { ...row([null, null]), "Programado T1": 0, "Programado T2": 0 }, // nothing programmed by T2
  ],
};

describe("plan-matrix report", () => {
  let dir: string;
  let plan: string;
  let html: string;
  let xlsx: string;
  let before: InspectedWorkbook;
  let runs: { html: { code: number; stdout: string; stderr: string }; xlsx: typeof runs.html };

  beforeAll(async () => {
    dir = testOutputDir("report");
    plan = path.join(dir, "plan.xlsx");
    const workbook = await workbookFromPatch(layoutWorkbook(template));
    for (const [code, rows] of Object.entries(FILL)) fillArea(workbook, code, rows);
    await workbook.xlsx.writeFile(plan);
    before = inspectWithOpenpyxl(plan);
    html = path.join(dir, "informe.html");
    xlsx = path.join(dir, "informe.xlsx");
    runs = {
      html: await cli("report", plan, "--semester", "1", "--out", html),
      xlsx: await cli("report", plan, "--semester", "1", "--out", xlsx),
    };
  });

  // By hand, at T2 (20 programmed per row): DJ .25, .9, .65, 1.5 (capped at 1), 0 → (.25 + .9 + .65 + 1 + 0) ÷ 5 =
  // .56; SGR .9 (SGR-02 has nothing programmed); institution (.56 + .9) ÷ 2 = .73, Amarillo.
  const INSTITUTION = "73,0%";

  it("writes both files, says what it wrote, and leaves the input alone", async () => {
    expect(runs.html).toMatchObject({ code: 0, stderr: "" });
    // The generated plan is still at its first cut-off, T1; the informe of semester 1 is at T2 (SPEC §6 "one
    // workbook, one cut-off"): written all the same, said on stderr and on the sheet's first line.
    expect(runs.xlsx).toMatchObject({
      code: 0,
      stderr:
        "⚠ El libro está al corte T1 y el informe del semestre 1 es al corte T2: la hoja «Informe» lo dice en su primera línea. Para que todo el libro muestre el corte T2, consolide a T2 y escriba el informe de nuevo; un informe en .html o .docx no lleva las demás hojas.",
    });
    expect(runs.html.stdout).toBe(
      "Informe calculado desde las pestañas de las áreas (el libro aún no tiene una «Matriz» consolidada).\n" +
        `Informe escrito: ${html} — corte T2; institución ${INSTITUTION} [Amarillo]; 2 filas en rojo, 1 sin reporte, 1 con sobreejecución.`
    );
    expect(inspectWithOpenpyxl(plan)).toEqual(before);
  });

  describe("the HTML file in headless Chromium", () => {
    let context: BrowserContext | undefined;
    let browser: HeadlessChromium | undefined;

    beforeAll(async () => {
      browser = await launchChromium({ width: 1280, height: 900 });
      context = browser.context;
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
    });

    it("shows the institution figure, the red rows and the hostile text as text; no script runs, nothing is fetched", async () => {
      if (!context) throw new Error("no browser");
      const requests: string[] = [];
      context.on("request", (request) => requests.push(request.url()));
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const url = pathToFileURL(html).href;
      await page.goto(url);
      await page.waitForLoadState("load");

      const text = await page.locator("body").innerText();
      expect(text).toContain("Con corte a 30 de junio de 2021");
      // The annex's institution row: name, level, what it stands on, figure, band.
      const institution = page.locator("table tr", { hasText: "Institución" }).last();
      expect(await institution.locator("td").nth(3).innerText()).toBe(INSTITUTION);
      // The two rows in red, told as difficulties of Dirección Jurídica: the HYPERLINK text first, as text.
      const difficulties = await page
        .locator("h4:text-is('Dificultades') + ul")
        .first()
        .locator("li")
        .allInnerTexts();
      expect(difficulties).toHaveLength(2);
      expect(difficulties[0].startsWith(`${HYPERLINK}: se ejecutaron 5 de 20`)).toBe(true);
      expect(text).toContain(SCRIPT);
      expect(await page.locator("script").count()).toBe(0);
      expect(await page.locator("a").count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("es-CO");
      // Band colours come with their names.
      expect(await page.locator(".band").allInnerTexts()).toEqual(
        expect.arrayContaining(["Rojo", "Amarillo", "Sin diligenciar"])
      );
      await page.waitForTimeout(200);
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([url]);

      await page.screenshot({ path: path.join(dir, "informe.png"), fullPage: true });
      const pdf = await page.pdf({ format: "A4", landscape: true, preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      writeFileSync(path.join(dir, "informe.pdf"), pdf);
      expect(statSync(path.join(dir, "informe.png")).size).toBeGreaterThan(0);
      await page.close();
    });
  });

  describe("the Informe sheet read by openpyxl", () => {
    let after: InspectedWorkbook;
    let print: PrintSettings;
    beforeAll(() => {
      after = inspectWithOpenpyxl(xlsx);
      print = inspectPrint(xlsx);
    });
    const informe = () => after.sheets.find((sheet) => sheet.name === "Informe")!;

    it("holds the informe: cover, sections per macroprocess and area, difficulties, rows without report, over-execution", () => {
      const cells = [...cellsOf(informe()).values()];
      const texts = cells.map((cell) => cell.value);
      expect(texts).toEqual(
        expect.arrayContaining([
          "Informe de gestión — I semestre de 2021",
          "Alcaldía de Ejemplo",
          "Plan de Acción 2021 · Con corte a 30 de junio de 2021",
          "Misional",
          "3.1 Dirección Jurídica",
          "Dificultades",
          "Filas sin reporte",
          "Sobreejecución",
          "Institución",
        ])
      );
      const sentences = texts.filter((value): value is string => typeof value === "string");
      expect(sentences.some((text) => text.includes("A cargo de Ana Pérez."))).toBe(true);
      expect(sentences.some((text) => text.includes("«Se adelantó la meta»"))).toBe(true);
    });

    it("keeps users' text literal: the HYPERLINK is a string cell, the script plain text", () => {
      const cells = [...cellsOf(informe()).values()];
      const hyperlink = cells.find((cell) => cell.value === HYPERLINK);
      expect(hyperlink).toMatchObject({ dataType: "s" });
      const script = cells.find(
        (cell) => typeof cell.value === "string" && cell.value.includes(SCRIPT)
      );
      expect(script).toMatchObject({ dataType: "s" });
      expect(cells.filter((cell) => cell.dataType === "f")).toEqual([]);
      const percent = cells.find(
        (cell) => cell.numberFormat === "0.0%" && typeof cell.value === "number"
      );
      expect(percent).toBeDefined();
    });

    it("is set up for printing: landscape, one page wide, print area and repeated title rows", () => {
      const settings = print.sheets.Informe;
      expect(settings.orientation).toBe("landscape");
      expect(settings.fitToPage).toBe(true);
      expect(settings.fitToWidth).toBe(1);
      expect(settings.fitToHeight).toBe(0);
      expect(settings.printTitleRows).toBe("$1:$3");
      const area = /^(?:'Informe'!)?\$A\$1:\$G\$(\d+)$/.exec(settings.printArea ?? "");
      expect(area).not.toBeNull();
      const lastRow = Math.max(
        ...informe().cells.map((cell) => Number(/\d+$/.exec(cell.address)![0]))
      );
      expect(Number(area![1])).toBe(lastRow);
      // A is 46 wide; B–G share one width, which the file writes as one column group (read back under B).
      expect(settings.columnWidths.A).toBeGreaterThan(settings.columnWidths.B);
      expect(Object.keys(settings.columnWidths).sort()).toEqual(["A", "B"]);
      expect(settings.merged).toEqual(expect.arrayContaining(["A1:G1"]));
    });

    it("replaces Informe in place and leaves every other sheet as it was", () => {
      expect(print.order).toEqual(before.sheets.map((sheet) => sheet.name));
      for (const sheet of before.sheets.filter((candidate) => candidate.name !== "Informe")) {
        const now = after.sheets.find((candidate) => candidate.name === sheet.name)!;
        expect([sheet.name, now.cells]).toEqual([sheet.name, sheet.cells]);
        expect([sheet.name, now.tables]).toEqual([sheet.name, sheet.tables]);
        expect([sheet.name, now.state]).toEqual([sheet.name, sheet.state]);
      }
      expect(after.definedNames).toEqual(expect.objectContaining(before.definedNames));
    });

    it("can report again on a workbook that already has a report", async () => {
      const again = path.join(dir, "again.xlsx");
      const run = await cli("report", xlsx, "--semester", "2", "--out", again, "--lang", "en");
      expect(run).toMatchObject({
        code: 0,
        stderr:
          "⚠ The workbook is at cut-off T1 and the semester 2 report is at cut-off T4: the “Informe” sheet says so on its first line. For the whole workbook to show cut-off T4, consolidate at T4 and write the report again; a report in .html or .docx does not carry the other sheets.",
      });
      const informe = inspectWithOpenpyxl(again).sheets.find((sheet) => sheet.name === "Informe")!;
      // Under the title rows, before the informe's first part.
      const rowOf = (text: string): number =>
        Number(/\d+$/.exec(informe.cells.find((cell) => cell.value === text)?.address ?? "")?.[0]);
      const noteRow = rowOf(
        "This report is as of cut-off T4; the other sheets of this workbook (Resumen, Matriz, Tablero) are as of cut-off T1, the one in “Configuración”."
      );
      expect(noteRow).toBeGreaterThan(3); // the title rows
      expect(noteRow).toBeLessThan(rowOf("Executive summary"));
      expect(run.stdout).toMatch(
        /^Report computed from the area tabs.*\nReport written: .*cut-off T4/
      );
      const reread = inspectWithOpenpyxl(again).sheets.find((sheet) => sheet.name === "Informe")!;
      expect(reread.cells.map((cell) => cell.value)).toContain(
        "Management report — second half of 2021"
      );
      expect(inspectPrint(again).sheets.Informe.printArea).toMatch(
        /^(?:'Informe'!)?\$A\$1:\$G\$\d+$/
      );
    });
  });

  describe("the Word document", () => {
    it("is written by the compiled CLI as a .docx package, in the language asked", () => {
      const docx = path.join(dir, "informe.docx");
      const run = cliProcess([
        "informe",
        plan,
        "--semestre",
        "1",
        "--salida",
        docx,
        "--idioma",
        "en",
      ]);
      expect(run).toMatchObject({ code: 0, stderr: "" });
      expect(run.stdout).toContain(`Report written: ${docx}`);
      const entries = unzipSync(readFileSync(docx));
      expect(strFromU8(entries["[Content_Types].xml"])).toContain(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
      );
      expect(strFromU8(entries["word/styles.xml"])).toContain('<w:lang w:val="en-US"/>');
      expect(inspectWithOpenpyxl(plan)).toEqual(before);
    });

    it("never overwrites a .docx without --force", async () => {
      const docx = path.join(dir, "existing.docx");
      writeFileSync(docx, "not yet a report");
      const refused = await cli("report", plan, "--semester", "1", "--out", docx);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/ya existe/);
      expect(readFileSync(docx, "utf8")).toBe("not yet a report");
      const forced = await cli("report", plan, "--semester", "1", "--out", docx, "--force");
      expect(forced.code).toBe(0);
      expect(readFileSync(docx).subarray(0, 2).toString("latin1")).toBe("PK");
    });
  });

  describe("bad usage: one line, exit 2, nothing written", () => {
    const cases: [string, () => string[], RegExp][] = [
      [
        "no file",
        () => ["report", "--semester", "1", "--out", path.join(dir, "a.html")],
        /Falta el archivo del libro \(\.xlsx\)/,
      ],
      [
        "no --semester",
        () => ["report", plan, "--out", path.join(dir, "b.html")],
        /Falta la opción --semester/,
      ],
      [
        "semester 3",
        () => ["report", plan, "--semester", "3", "--out", path.join(dir, "c.html")],
        /--semester «3» no es un semestre; use 1 o 2/,
      ],
      [
        "semester T2",
        () => ["report", plan, "--semester", "T2", "--out", path.join(dir, "d.html")],
        /use 1 o 2/,
      ],
      ["no --out", () => ["report", plan, "--semester", "2"], /Falta la opción --out/],
      [
        "a .pdf output",
        () => ["report", plan, "--semester", "2", "--out", path.join(dir, "e.pdf")],
        /debe terminar en \.xlsx, \.html o \.docx/,
      ],
      [
        "a .pdf output, options typed in Spanish",
        () => ["informe", plan, "--semestre", "2", "--salida", path.join(dir, "e.pdf")],
        /--salida «[^»]*e\.pdf» debe terminar en \.xlsx, \.html o \.docx/,
      ],
      [
        "semester 3, options typed in Spanish",
        () => ["informe", plan, "--semestre", "3", "--salida", path.join(dir, "c.html")],
        /--semestre «3» no es un semestre; use 1 o 2/,
      ],
      ["an existing output", () => ["report", plan, "--semester", "1", "--out", html], /ya existe/],
      [
        "the input as output",
        () => ["report", plan, "--semester", "1", "--out", plan, "--force"],
        /archivo de entrada/,
      ],
      [
        "a missing input",
        () => [
          "report",
          path.join(dir, "nope.xlsx"),
          "--semester",
          "1",
          "--out",
          path.join(dir, "f.xlsx"),
        ],
        /No existe el archivo/,
      ],
    ];
    it.each(cases)("%s", async (_name, args, says) => {
      const written =
        args().find((arg) => /\.(html|xlsx|pdf|docx)$/.test(arg) && arg !== plan && arg !== html) ??
        "";
      const run = await cli(...args());
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(says);
      expect(run.stderr.split("\n")).toHaveLength(1);
      if (written) expect(existsSync(written)).toBe(false);
    });

    it("as a real process, with --lang en", () => {
      const run = cliProcess([
        "report",
        plan,
        "--semester",
        "0",
        "--out",
        path.join(dir, "g.html"),
        "--lang",
        "en",
      ]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim()).toBe(
        "Invalid option for “report”: --semester “0” is not a half-year; use 1 or 2. Run “plan-matrix report --help”."
      );
    });

    it("refuses a workbook plan-matrix did not make", async () => {
      const foreign = path.join(dir, "foreign.xlsx");
      const workbook = await workbookFromPatch({ sheets: [], definedNames: [] });
      workbook.addWorksheet("Hoja1").getCell("A1").value = "x";
      await workbook.xlsx.writeFile(foreign);
      const run = await cli(
        "report",
        foreign,
        "--semester",
        "1",
        "--out",
        path.join(dir, "h.html")
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/no es un Plan de Acción de esta herramienta/);
    });

    it("overwrites with --force", async () => {
      const forced = path.join(dir, "forced.html");
      expect((await cli("report", plan, "--semester", "1", "--out", forced)).code).toBe(0);
      const first = readFileSync(forced, "utf8");
      expect((await cli("report", plan, "--semester", "2", "--out", forced)).code).toBe(2);
      const run = await cli("report", plan, "--semester", "2", "--out", forced, "--force");
      expect(run.code).toBe(0);
      const second = readFileSync(forced, "utf8");
      expect(second).not.toBe(first);
      expect(second).toContain("II semestre");
    });
  });
});
