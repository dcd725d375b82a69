/**
 * `npm run bench -- --pane`: the task pane's budgets (issue 10), on the production build served locally and opened
 * in headless Chromium at 350 px, outside Office:
 *
 *  - JavaScript loaded before the first render, gzip-compressed as a web server would send it (target ≤ 250 KB):
 *    the pane's own bundle and, listed apart, the local office.js copy (inside Office, office.js comes from
 *    Microsoft's CDN, already cached by Office);
 *  - first render and interactive (the pane has read the workbook, or said why it cannot), from navigation start,
 *    median of 5 fresh loads (target: interactive ≤ 500 ms).
 */
import { gzipSync } from "node:zlib";
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import * as http from "node:http";
import { AddressInfo } from "node:net";
import path from "node:path";
import { launchChromium } from "../test/support/chromium";
import { buildPane } from "../test/taskpane/buildPane";

const ROOT = path.resolve(__dirname, "..");
const OUTPUT = path.join(ROOT, "bench-output");
const DIST = path.join(OUTPUT, "pane-dist");
const LOADS = 5;
const JS_BUDGET_KB = 250;
const INTERACTIVE_BUDGET_MS = 500;

function serve(root: string): Promise<{ server: http.Server; base: string }> {
  const server = http.createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(root, path.normalize(urlPath));
    try {
      const body = readFileSync(file);
      const type = file.endsWith(".html") ? "text/html; charset=utf-8" : "text/javascript";
      response.writeHead(200, { "Content-Type": type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })
    )
  );
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function runPaneBench(): Promise<number> {
  process.stdout.write("Building the pane (production, office.js local)…\n");
  await buildPane({ mode: "production", outputPath: DIST, officeJs: "local" });
  const { server, base } = await serve(DIST);
  const browser = await launchChromium({ width: 350, height: 700 });
  const rendered: number[] = [];
  const interactive: number[] = [];
  let scripts: string[] = [];
  try {
    for (let load = 0; load < LOADS; load++) {
      const page = await browser.context.newPage();
      const loaded: string[] = [];
      page.on("request", (request) => {
        if (request.resourceType() === "script") loaded.push(new URL(request.url()).pathname);
      });
      await page.goto(`${base}/taskpane.html`);
      await page.waitForFunction(
        () => performance.getEntriesByName("pane-interactive").length > 0,
        null,
        {
          timeout: 30_000,
        }
      );
      const marks = await page.evaluate(() => ({
        script: performance.getEntriesByName("pane-script")[0]?.startTime,
        officeReady: performance.getEntriesByName("pane-office-ready")[0]?.startTime,
        rendered: performance.getEntriesByName("pane-rendered")[0].startTime,
        interactive: performance.getEntriesByName("pane-interactive")[0].startTime,
      }));
      if (process.env.BENCH_VERBOSE) process.stdout.write(`${JSON.stringify(marks)}\n`);
      rendered.push(marks.rendered);
      interactive.push(marks.interactive);
      // Scripts requested before the first render (the flow chunks load after it).
      if (load === 0) scripts = [...new Set(loaded)];
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const sizes = scripts.map((script) => {
    const bytes = readFileSync(path.join(DIST, script));
    return {
      script,
      rawKb: bytes.length / 1024,
      gzipKb: gzipSync(bytes, { level: 9 }).length / 1024,
    };
  });
  const own = sizes.filter((size) => !size.script.startsWith("/office-js/"));
  const ownKb = own.reduce((sum, size) => sum + size.gzipKb, 0);
  const allKb = sizes.reduce((sum, size) => sum + size.gzipKb, 0);
  const renderMs = median(rendered);
  const interactiveMs = median(interactive);

  process.stdout.write("\nJavaScript requested before the pane was interactive (gzip -9):\n");
  for (const size of sizes)
    process.stdout.write(
      `  ${size.script.padEnd(40)} ${size.rawKb.toFixed(1).padStart(7)} KB raw  ${size.gzipKb.toFixed(1).padStart(6)} KB gzip\n`
    );
  process.stdout.write(
    `  pane's own: ${ownKb.toFixed(1)} KB gzip; with the local office.js: ${allKb.toFixed(1)} KB gzip (budget ${JS_BUDGET_KB} KB)\n`
  );
  process.stdout.write(
    `\nfirst render ${renderMs.toFixed(0)} ms, interactive ${interactiveMs.toFixed(0)} ms after navigation start ` +
      `(median of ${LOADS}; budget ${INTERACTIVE_BUDGET_MS} ms)\n`
  );
  const met = allKb <= JS_BUDGET_KB && interactiveMs <= INTERACTIVE_BUDGET_MS;
  process.stdout.write(`targets: ${met ? "met" : "missed"}\n`);
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(
    path.join(OUTPUT, "pane.json"),
    JSON.stringify({ sizes, ownKb, allKb, rendered, interactive, renderMs, interactiveMs }, null, 2)
  );
  return met ? 0 : 1;
}
