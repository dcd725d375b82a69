/**
 * The production build (npm run build): a static folder whose manifest points at the configured
 * origin, carries package.json's version and still validates; office.js comes from the CDN.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { buildPane } from "./buildPane";

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "test-output", "prod-dist");
const VERSION: string = JSON.parse(
  fs.readFileSync(path.join(ROOT, "package.json"), "utf8")
).version;
const ORIGIN = "https://plans.example.org/plan-matrix/";

beforeAll(async () => {
  await buildPane({ mode: "production", outputPath: DIST, officeJs: "cdn", origin: ORIGIN });
}, 180_000);

test("dist holds the pane, the manifest and the icons", () => {
  for (const file of [
    "taskpane.html",
    "taskpane.js",
    "commands.html",
    "support.html",
    "manifest.xml",
  ]) {
    expect(fs.existsSync(path.join(DIST, file))).toBe(true);
  }
  expect(fs.readdirSync(path.join(DIST, "assets")).sort()).toEqual([
    "icon-128.png",
    "icon-16.png",
    "icon-32.png",
    "icon-64.png",
    "icon-80.png",
  ]);
});

test("taskpane.html loads office.js from Microsoft's CDN and ships no local copy", () => {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  expect(html).toMatch(/src="?taskpane\.js\?[0-9a-f]+/);
  expect(fs.existsSync(path.join(DIST, "office-js"))).toBe(false);
});

test("the manifest is rewritten to the origin with the package version, and validates", () => {
  const manifest = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
  expect(manifest).not.toContain("localhost");
  expect(manifest).toContain(`<Version>${VERSION}.0</Version>`);
  expect(manifest).toContain(`<SourceLocation DefaultValue="${ORIGIN}taskpane.html"/>`);
  const output = execFileSync(
    process.execPath,
    [path.join(ROOT, "scripts", "validate-manifest.js"), path.join(DIST, "manifest.xml")],
    { encoding: "utf8" }
  );
  expect(output).toContain("is a valid add-in manifest");
});

test("the bundle carries the version for the pane to show", () => {
  expect(fs.readFileSync(path.join(DIST, "taskpane.js"), "utf8")).toContain(`"${VERSION}"`);
});
