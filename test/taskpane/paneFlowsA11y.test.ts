/**
 * Every flow of the real pane, with results on screen (over the recording fakes: test/taskpane/fakePane), in headless
 * Chromium at 350 px: axe finds no serious or critical violation, nothing scrolls sideways, and every flow can be
 * reached and worked with the keyboard alone. Screenshots go to test-output/pane-flows/.
 */
import * as fs from "fs";
import * as http from "http";
import { AddressInfo } from "net";
import * as path from "path";
import { Page } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { HeadlessChromium, launchChromium } from "../support/chromium";
import { buildPane } from "./buildPane";

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "test-output", "pane-fake-dist");
const SCREENS = path.join(ROOT, "test-output", "pane-flows");

let browser: HeadlessChromium | undefined;
let server: http.Server | undefined;
let page: Page;

beforeAll(async () => {
  await buildPane({
    mode: "production",
    outputPath: DIST,
    officeJs: "local",
    entry: "./test/taskpane/fakePane/fakePaneEntry.tsx",
    // A test page: axe, the layout at 350 px and the keyboard see the same unminified.
    minify: false,
  });
  server = http.createServer((request, response) => {
    const file = path.join(DIST, new URL(request.url ?? "/", "http://x").pathname);
    if (!file.startsWith(DIST) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    // The stylesheet (griffel.css) applies only when served as text/css.
    const type = file.endsWith(".html")
      ? "text/html"
      : file.endsWith(".css")
        ? "text/css"
        : "text/javascript";
    response.writeHead(200, { "Content-Type": type }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  browser = await launchChromium({ width: 350, height: 700 });
  page = await browser.context.newPage();
  await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
  await page.getByText("Siguiente paso:").waitFor({ timeout: 60_000 });
  fs.mkdirSync(SCREENS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

const sideScroll = (): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const FLOWS: [string, string][] = [
  ["Inicio", "Siguiente paso:"],
  ["Plan", "Crear el plan en este libro"],
  ["Validar", "3 errores y 1 advertencia en 2 áreas (2 con corrección automática)."],
  ["Semáforo", "Filas en rojo (1)"],
  ["Consolidar", "Libros de las áreas devueltos por correo"],
  ["Informe", "Crear la hoja Informe"],
];

test.each(FLOWS)(
  "%s: no serious axe violation, no sideways scroll at 350 px",
  async (flow, shown) => {
    await page.getByRole("tab", { name: flow }).click();
    await page.getByText(shown).first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(SCREENS, `${flow}.png`), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await sideScroll()).toBeLessThanOrEqual(0);
  }
);

test("the check itself: an unnamed button and grey-on-white text put on the pane are reported", async () => {
  await page.getByRole("tab", { name: "Inicio" }).click();
  await page.evaluate(() => {
    const probe = document.createElement("div");
    probe.id = "axe-probe";
    probe.innerHTML =
      '<button type="button"><svg width="8" height="8"></svg></button>' +
      '<p style="color:#eeeeee;background:#ffffff">Texto casi invisible</p>';
    document.body.appendChild(probe);
  });
  try {
    const found = (await seriousViolations(page)).map((line) => line.split(":")[0]);
    expect(found.sort()).toEqual(["button-name", "color-contrast"]);
  } finally {
    await page.evaluate(() => document.getElementById("axe-probe")?.remove());
  }
  expect(await seriousViolations(page)).toEqual([]);
});

test("keyboard alone: arrows move between flows, Tab reaches the flow's button, Enter runs it", async () => {
  await page.getByRole("tab", { name: "Inicio" }).click();
  await page.getByRole("tab", { name: "Inicio" }).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 2, name: "Validar" }).waitFor();
  // Tab from the tab list into the flow: the first control is "Validar el libro".
  let focused = "";
  for (let i = 0; i < 5 && focused !== "Validar el libro"; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
  }
  expect(focused).toBe("Validar el libro");
  await page.keyboard.press("Enter");
  await page
    .getByText("3 errores y 1 advertencia en 2 áreas (2 con corrección automática).")
    .waitFor();
});
