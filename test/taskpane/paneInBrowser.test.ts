/**
 * The task pane outside Office, end to end, in headless Chromium against the production build (office.js copied
 * locally, as a machine without internet has it): served on 127.0.0.1 at 350 px wide, every request that is not
 * the pane's own is refused and recorded.
 *
 * 1. The shell: renders offline through Office.onReady (host null), carries its Content-Security-Policy, makes no
 *    request beyond itself, and fits 350 px without scrolling sideways.
 * 2. The plan year on the in-browser workbook: create the 2021 plan; type a row into the grid (the goal typed as
 *    text, as `'12`); validate and see that issue; click it and see the cell selected; fix it; set the cut-off
 *    T2 and read the semáforo; import an area workbook picked from disk into its tab, answer the question a second
 *    one raises (its tab holds typed values), consolidate; build the informe and download
 *    its HTML and its Word document; download the workbook and read it with openpyxl. A screenshot per flow at 350 px goes to
 *    test-output/pane-screens/, and axe reports no serious or critical violation on any flow.
 *    Needs the in-browser host (src/shells/memory/MemoryHost.ts), bindOperations and the package reader on bytes
 *    wired by src/taskpane/hosts.ts.
 */
import * as fs from "fs";
import * as http from "http";
import { AddressInfo } from "net";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { BrowserContext, Page } from "playwright-core";
import { DEFAULT_TEMPLATE } from "../../src/core/template/defaultTemplate";
import { layoutWorkbook } from "../../src/core/workbook/layoutWorkbook";
import { cellAddress, parseCellAddress } from "../../src/core/workbook/address";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { seriousViolations } from "../support/axe";
import { HeadlessChromium, launchChromium } from "../support/chromium";
import { filledPlanWorkbook, validRow } from "../support/filledPlan";
import { cellsOf, inspectWithOpenpyxl } from "../support/openpyxl";
import { testOutputDir } from "../support/tempDir";
import { buildPane } from "./buildPane";

const ROOT = path.resolve(__dirname, "..", "..");
const OUTPUT = path.join(ROOT, "test-output");
const PANE_DIST = path.join(OUTPUT, "pane-prod-local");
const SCREENS = path.join(OUTPUT, "pane-screens");
const VERSION: string = JSON.parse(
  fs.readFileSync(path.join(ROOT, "package.json"), "utf8")
).version;
const PANE_WIDTH = 350;

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** A static file server for `root` on 127.0.0.1; `served` lists each path answered with 200. */
function serveStatic(
  root: string
): Promise<{ server: http.Server; base: string; served: string[] }> {
  const served: string[] = [];
  const server = http.createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(root, path.normalize(urlPath));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    served.push(urlPath);
    response.writeHead(200, {
      "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
    });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, base: `http://127.0.0.1:${port}`, served });
    });
  });
}

let server: http.Server | undefined;
let base = "";
let served: string[] = [];
let context: BrowserContext | undefined;
let browser: HeadlessChromium | undefined;
/** Requests to anything but the pane's own server. */
const external: string[] = [];

beforeAll(async () => {
  await buildPane({ mode: "production", outputPath: PANE_DIST, officeJs: "local" });
  ({ server, base, served } = await serveStatic(PANE_DIST));
  browser = await launchChromium({ width: PANE_WIDTH, height: 700 });
  context = browser.context;
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${base}/`)) {
      await route.continue();
    } else {
      external.push(url);
      await route.abort();
    }
  });
  fs.mkdirSync(SCREENS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

const OFFICE_TELEMETRY_REFUSED =
  /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy/;

async function openPane(query = ""): Promise<{ page: Page; errors: string[] }> {
  if (!context) throw new Error("no browser");
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    // A Content-Security-Policy refusal is reported on the console. office.js itself tries to frame Office's
    // telemetry page when it finds no Office around it; the policy refusing that is the policy at work, not an error.
    if (message.type() === "error" && !OFFICE_TELEMETRY_REFUSED.test(message.text()))
      errors.push(message.text());
  });
  await page.goto(`${base}/taskpane.html${query}`);
  await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 30_000 });
  return { page, errors };
}

async function noSideScroll(page: Page): Promise<{ scrollWidth: number; width: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
}

/** Screenshot and accessibility check of the flow on screen. */
async function checkFlow(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
  const { scrollWidth, width } = await noSideScroll(page);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

test("the shell renders offline with its CSP, loads nothing but itself and fits 350 px", async () => {
  const { page, errors } = await openPane();
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Plan de Acción");
  expect(await page.getByTestId("version").textContent()).toBe(`Versión ${VERSION}`);
  expect(await page.getByTestId("runs-in").textContent()).toBe(
    "Ejecutándose en un navegador, fuera de Excel."
  );
  // Through Office.onReady (office.js served from the local copy), which reports no host.
  expect(served).toContain("/office-js/office.js");
  expect(await page.evaluate(async () => (await Office.onReady()).host)).toBeNull();

  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
  expect(csp).toContain("connect-src 'self'");

  expect(external).toEqual([]);
  expect(errors).toEqual([]);
  const { scrollWidth, width } = await noSideScroll(page);
  expect(scrollWidth).toBeLessThanOrEqual(width);
  await page.screenshot({ path: path.join(SCREENS, "shell.png"), fullPage: true });
  // The CSP is enforced: a script from elsewhere is refused before any request leaves.
  const blocked = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener("securitypolicyviolation", (event) =>
          resolve(event.violatedDirective)
        );
        const script = document.createElement("script");
        script.src = "https://example.org/x.js";
        document.head.appendChild(script);
      })
  );
  expect(blocked).toBe("script-src-elem");
  await page.close();
});

test("a ribbon button's URL (taskpane.html?flow=informe) opens the pane at that flow", async () => {
  const { page, errors } = await openPane("?flow=informe");
  const informe = page.getByRole("tab", { name: "Informe" });
  await informe.waitFor({ timeout: 60_000 });
  expect(await informe.getAttribute("aria-selected")).toBe("true");
  await page.getByRole("button", { name: "Crear la hoja Informe" }).waitFor({ timeout: 60_000 });
  expect(await page.getByRole("tab", { name: "Inicio" }).getAttribute("aria-selected")).toBe(
    "false"
  );
  expect(errors).toEqual([]);
  await page.close();
});

// ---- The plan year on the in-browser workbook ----

/** Where the default template's DJ table puts each header (from the same layout the generator writes). */
function djAddresses(): { sheet: string; at: (row: number, header: string) => string } {
  const sheet = layoutWorkbook(DEFAULT_TEMPLATE).sheets.find((candidate) =>
    candidate.tables.some((table) => table.name === "T_DJ")
  )!;
  const table = sheet.tables.find((candidate) => candidate.name === "T_DJ")!;
  const { row: headerRow, column } = parseCellAddress(table.topLeft);
  return {
    sheet: sheet.name,
    at: (row, header) => {
      const index = table.headers.indexOf(header);
      if (index < 0) throw new Error(`no ${header}`);
      return cellAddress(headerRow + row, column + index);
    },
  };
}

async function typeCell(page: Page, cell: string, value: string): Promise<void> {
  await page.getByRole("textbox", { name: "Celda (p. ej. B7)" }).fill(cell);
  await page.getByRole("textbox", { name: `Valor de ${cell}` }).fill(value);
  await page.getByRole("button", { name: "Escribir en la celda" }).click();
}

async function openFlow(page: Page, tab: string): Promise<void> {
  await page.getByRole("tab", { name: tab }).click();
  await page.getByRole("heading", { level: 2, name: tab }).waitFor({ timeout: 30_000 });
}

test("the plan year on the in-browser workbook, from a new plan to the downloaded workbook", async () => {
  const work = testOutputDir("pane-journey");
  const { page, errors } = await openPane();
  const hostProblem = page.getByText(/^Este panel no tiene acceso a un libro en esta compilación/);
  await page.getByRole("tablist").or(hostProblem).first().waitFor({ timeout: 30_000 });
  if (await hostProblem.isVisible())
    throw new Error(`the pane has no in-browser host: ${await hostProblem.textContent()}`);
  await checkFlow(page, "inicio");

  // Plan: the 2021 plan from the embedded template.
  await openFlow(page, "Plan");
  await page.getByRole("button", { name: "Crear el plan en este libro" }).click();
  await page.getByText("Plan creado: 17 pestañas de áreas.").waitFor({ timeout: 60_000 });
  await checkFlow(page, "plan");

  // The grid: DJ-01 filled in, its goal typed as text.
  const dj = djAddresses();
  await page.getByRole("combobox", { name: "Hoja" }).selectOption(dj.sheet);
  const row: [string, string][] = [
    [HEADERS.activity, "Mapear el litigio"],
    [HEADERS.deliverable, "Mapa de litigio"],
    [HEADERS.indicator, "Procesos mapeados"],
    [HEADERS.indicatorType, "Eficacia"],
    [HEADERS.unit, "Número"],
    [HEADERS.goal, "'12"],
    ["Programado T1", "3"],
    ["Programado T2", "3"],
    ["Programado T3", "3"],
    ["Programado T4", "3"],
    ["Ejecutado T1", "3"],
    ["Ejecutado T2", "1"],
    [HEADERS.responsible, "Ana Pérez"],
    [HEADERS.startDate, "2021-01-15"],
    [HEADERS.endDate, "2021-12-15"],
    [HEADERS.evidence, "acta-01.pdf"],
    [HEADERS.reportStatus, "Enviado"],
  ];
  for (const [header, value] of row) await typeCell(page, dj.at(1, header), value);
  const goal = dj.at(1, HEADERS.goal);

  // Validar: the goal typed as text is an issue; a click selects its cell; the fix writes the number.
  await openFlow(page, "Validar");
  // Every area's group starts collapsed under the summary: open DJ's, as the user does.
  const djGroup = page.getByRole("button", {
    name: new RegExp(`^${dj.sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `),
  });
  await djGroup.waitFor({ timeout: 60_000 });
  await djGroup.click();
  const issue = page.getByRole("button", {
    name: new RegExp(
      `^Ir a ${dj.sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}!${goal}: «Meta» en ${goal} tiene «12» escrito como texto`
    ),
  });
  await issue.waitFor({ timeout: 60_000 });
  await checkFlow(page, "validar");
  await issue.click();
  await page.getByText(`Celda seleccionada: ${dj.sheet}!${goal}`).waitFor();
  await page.getByRole("button", { name: `Corregir ${goal}` }).click();
  const fixed = page.getByRole("status").filter({ hasText: "Se corrigió 1 celda." });
  await fixed.waitFor({ timeout: 60_000 });
  expect(await page.getByRole("button", { name: `Corregir ${goal}` }).count()).toBe(0);
  // The confirmation is where the user clicked: on screen, in DJ's group, holding the focus.
  const where = await fixed.evaluate((element, sheet) => {
    const box = element.getBoundingClientRect();
    return {
      onScreen: box.top >= 0 && box.bottom <= window.innerHeight,
      focused: element.contains(document.activeElement),
      inGroup: [...document.querySelectorAll("section[aria-label]")].some(
        (section) => section.getAttribute("aria-label") === sheet && section.contains(element)
      ),
    };
  }, dj.sheet);
  expect(where).toEqual({ onScreen: true, focused: true, inGroup: true });
  await checkFlow(page, "validar-after-fix");

  // A second DJ row whose Ejecutado T1 is typed as text ('2): its figure rests on an error, so it is left out.
  for (const [header, value] of [
    [HEADERS.activity, "Asesorar a los asociados"],
    [HEADERS.indicator, "Asesorías atendidas"],
    [HEADERS.indicatorType, "Eficacia"],
    [HEADERS.unit, "Número"],
    [HEADERS.goal, "4"],
    ["Programado T1", "1"],
    ["Programado T2", "1"],
    ["Programado T3", "1"],
    ["Programado T4", "1"],
    ["Ejecutado T1", "'2"],
  ])
    await typeCell(page, dj.at(2, header), value);

  // Semáforo at T2: DJ-01 has 3 + 1 = 4 of 3 + 3 = 6 → 66,7 %, Amarillo; DJ-02 left out; the only area with
  // programming — the other 16 were never filled and say so (Sin diligenciar), beside the average.
  await openFlow(page, "Semáforo");
  await page.getByRole("combobox", { name: "Periodo de corte" }).selectOption("T2");
  await page.getByRole("button", { name: "Calcular el semáforo" }).click();
  const institution = page.getByRole("region", { name: "Institución · T2" });
  await institution.waitFor({ timeout: 60_000 });
  expect(await institution.getByText("Amarillo 66,7%").count()).toBe(1);
  await checkFlow(page, "semaforo");
  const semaforoText = await page.locator("body").innerText();
  expect(semaforoText).toContain("1 fila con errores quedó fuera de las cifras");
  expect(semaforoText).toContain("Sin diligenciar");

  // Consolidar: Importar Dirección de Estudios returned by email (a copy of the plan with DE filled) into its tab.
  const areaFile = path.join(work, "estudios.xlsx");
  const areaWorkbook = await filledPlanWorkbook(DEFAULT_TEMPLATE, {
    DE: [validRow("Estudio de finanzas urbanas", [1, 1])],
  });
  await areaWorkbook.xlsx.writeFile(areaFile);
  await openFlow(page, "Consolidar");
  const picker = page.getByLabel("Libros de las áreas devueltos por correo");
  await picker.setInputFiles(areaFile);
  await page.getByText("estudios.xlsx: leído").waitFor({ timeout: 60_000 });
  await page.getByRole("button", { name: "Importar a las pestañas" }).click();
  await page.getByText("1 área importada a su pestaña.").waitFor({ timeout: 60_000 });
  // Then a copy of DJ sent back with another first row: DJ's tab holds what was typed in the grid, so the pane
  // asks what to do with it. A screenshot of the question at 350 px; Conservar keeps the tab.
  const djFile = path.join(work, "juridica.xlsx");
  await (
    await filledPlanWorkbook(DEFAULT_TEMPLATE, {
      DJ: [validRow("Otra actividad de litigio", [1, 1])],
    })
  ).xlsx.writeFile(djFile);
  await page.getByRole("button", { name: "Quitar estudios.xlsx" }).click();
  await picker.setInputFiles(djFile);
  await page.getByText("juridica.xlsx: leído").waitFor({ timeout: 60_000 });
  await page.getByRole("button", { name: "Importar a las pestañas" }).click();
  const question = page.getByRole("radiogroup", { name: /^DJ Dirección Jurídica: la pestaña/ });
  await question.waitFor({ timeout: 60_000 });
  await checkFlow(page, "importar-conflicto");
  await question.getByRole("radio", { name: "Conservar la pestaña" }).check();
  await page.getByRole("button", { name: "Importar", exact: true }).click();
  await page.getByText("No se importó ningún área.").waitFor({ timeout: 60_000 });
  await page.getByRole("button", { name: "Consolidar" }).click();
  await page.getByText(/^Matriz consolidada al corte T2:/).waitFor({ timeout: 60_000 });
  const sources = page.getByRole("region", { name: "De qué pestaña salió cada área" });
  expect(await sources.getByText(/^DE: pestaña «.+» de este libro$/).count()).toBe(1);
  await checkFlow(page, "consolidar");

  // Informe: semester 1 on the sheet, and its HTML downloaded.
  await openFlow(page, "Informe");
  await page.getByRole("button", { name: "Crear la hoja Informe" }).click();
  await page.getByText("Hoja «Informe» creada para el semestre 1.").waitFor({ timeout: 60_000 });
  const htmlDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Descargar el informe (HTML)" }).click();
  const html = await htmlDownload;
  const htmlFile = path.join(work, html.suggestedFilename());
  await html.saveAs(htmlFile);
  expect(html.suggestedFilename()).toBe("informe-2021-semestre-1.html");
  // Every area of the plan appears in the informe (SPEC §7), Dirección de Estudios among them.
  expect(fs.readFileSync(htmlFile, "utf8")).toContain("Dirección de Estudios");
  // And as a Word document: docx arrives in its own chunk, under the page's Content-Security-Policy.
  const docxDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Descargar el informe (Word, .docx)" }).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toBe("informe-2021-semestre-1.docx");
  const docxFile = path.join(work, docx.suggestedFilename());
  await docx.saveAs(docxFile);
  const wordBody = strFromU8(unzipSync(fs.readFileSync(docxFile))["word/document.xml"]);
  expect(wordBody).toContain("Dirección de Estudios");
  // The institution's summary starts on its own line, below the band's badge (it ran on from the badge, unspaced).
  const badge = await page.getByText(/^Verde 83,3\s?%$/).boundingBox();
  const summary = await page.getByText(/^Institución: 83,3\s?% \(Verde\)/).boundingBox();
  expect(badge && summary && summary.y >= badge.y + badge.height - 1).toBe(true);
  await checkFlow(page, "informe");

  // The workbook, downloaded and read by openpyxl.
  const xlsxDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Descargar el libro (.xlsx)" }).click();
  const xlsx = await xlsxDownload;
  const xlsxFile = path.join(work, "plan.xlsx");
  await xlsx.saveAs(xlsxFile);
  const inspected = inspectWithOpenpyxl(xlsxFile);
  const names = inspected.sheets.map((sheet) => sheet.name);
  for (const sheet of [dj.sheet, "Configuración", "Matriz", "Registro", "Informe"])
    expect(names).toContain(sheet);
  // The matrix holds the row imported from the area file; DJ kept what was typed in the grid.
  const matrix = inspected.sheets.find((sheet) => sheet.name === "Matriz")!;
  expect(matrix.cells.some((cell) => cell.value === "Estudio de finanzas urbanas")).toBe(true);
  const djCells = cellsOf(inspected.sheets.find((sheet) => sheet.name === dj.sheet)!);
  expect(djCells.get(goal)?.value).toBe(12); // fixed: a number now
  expect(djCells.get(dj.at(1, HEADERS.activity))?.value).toBe("Mapear el litigio");
  expect(djCells.get(dj.at(1, HEADERS.startDate))?.value).toEqual({ date: "2021-01-15T00:00:00" });
  const [corteSheet, corteCell] = inspected.definedNames.Corte.replace(/\$/g, "").split("!");
  const configuration = inspected.sheets.find(
    (sheet) => sheet.name === corteSheet.replace(/^'|'$/g, "")
  )!;
  expect(cellsOf(configuration).get(corteCell)?.value).toBe("T2");

  // Plan › Actualizar: version 2 of the template adds a column; the pane says what the upgrade did, as the CLI does
  // (the consolidated sheets are not rebuilt: said too).
  await openFlow(page, "Plan");
  const v2File = path.join(work, "plantilla-v2.json");
  fs.writeFileSync(
    v2File,
    JSON.stringify({
      ...DEFAULT_TEMPLATE,
      templateVersion: 2,
      extraColumns: [
        ...DEFAULT_TEMPLATE.extraColumns,
        { header: "Fuente", type: "text", required: false },
      ],
    })
  );
  await page.getByLabel("Plantilla nueva (.json)").setInputFiles(v2File);
  await page.getByRole("button", { name: "Actualizar el plan" }).click();
  await page.getByText(/^Plan actualizado a la versión 2/).waitFor({ timeout: 120_000 });
  await page.getByText("Columnas nuevas en las tablas de área: Fuente.").waitFor();
  await checkFlow(page, "plan-actualizado");

  expect(external).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
}, 600_000);
