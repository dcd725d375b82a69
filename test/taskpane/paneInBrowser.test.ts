/**
 * Smoke test of the task pane in headless Chromium, with no network: a development build with
 * office.js copied locally (officeJs=local) is served on 127.0.0.1, so Office.onReady resolves
 * with host null as in any plain browser. A screenshot goes to test-output/taskpane-browser.png.
 */
import * as fs from "fs";
import * as http from "http";
import { AddressInfo } from "net";
import * as path from "path";
import { BrowserContext } from "playwright-core";
import { HeadlessChromium, launchChromium } from "../support/chromium";
import { buildPane } from "./buildPane";

const ROOT = path.resolve(__dirname, "..", "..");
const OUTPUT = path.join(ROOT, "test-output");
const PANE_DIST = path.join(OUTPUT, "pane-dist");
const VERSION: string = JSON.parse(
  fs.readFileSync(path.join(ROOT, "package.json"), "utf8")
).version;

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
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

beforeAll(async () => {
  await buildPane({ mode: "development", outputPath: PANE_DIST, officeJs: "local" });
  ({ server, base, served } = await serveStatic(PANE_DIST));
  browser = await launchChromium({ width: 360, height: 480 }); // about the width of a task pane
  context = browser.context;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

test("the build copies only the office.js files it needs, and the page loads that copy", () => {
  expect(fs.readdirSync(path.join(PANE_DIST, "office-js")).sort()).toEqual([
    "o15apptofilemappingtable.js",
    "office.js",
  ]);
  const html = fs.readFileSync(path.join(PANE_DIST, "taskpane.html"), "utf8");
  expect(html).toContain('src="office-js/office.js"');
  expect(html).not.toContain("appsforoffice.microsoft.com");
});

test("the pane renders its name, version and the plain-browser line, offline", async () => {
  if (!context) throw new Error("no browser");
  const external: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${base}/`)) {
      await route.continue();
    } else {
      external.push(url);
      await route.abort();
    }
  });
  const pageErrors: string[] = [];
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));

  await page.goto(`${base}/taskpane.html`);
  const heading = page.getByRole("heading", { level: 1 });
  await heading.waitFor({ timeout: 30_000 });

  expect(await heading.textContent()).toBe("Plan de Acción");
  expect(await page.getByTestId("version").textContent()).toBe(`Versión ${VERSION}`);
  expect(await page.getByTestId("runs-in").textContent()).toBe(
    "Ejecutándose en un navegador, fuera de Excel."
  );

  // The pane went through Office.onReady (not the no-office.js fallback): office.js was served
  // from the local copy and reports no host.
  expect(served).toContain("/office-js/office.js");
  const host = await page.evaluate(async () => (await Office.onReady()).host);
  expect(host).toBeNull();

  expect(external).toEqual([]);
  expect(pageErrors).toEqual([]);

  fs.mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: path.join(OUTPUT, "taskpane-browser.png") });
  await page.close();
});
