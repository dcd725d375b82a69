/**
 * `npm run test:fast`: the suites of the core, the operations, the CLI and the lint rules that need no independent
 * reader — no LibreOffice, Chromium, webpack or Python (openpyxl) anywhere in what they import — in well under a
 * minute. `npm test` runs everything; this is the loop while changing code.
 *
 * A suite is slow when it, or a test helper it imports (relative imports under test/, followed transitively),
 * names one of SLOW_MARKERS; so a new suite that uses LibreOffice through a helper is left out without a list to keep.
 */
const fs = require("node:fs");
const path = require("node:path");
const base = require("./jest.config");

const FAST_FOLDERS = ["test/core", "test/operations", "test/cli", "test/lint"];
const SLOW_MARKERS = [
  "support/libreoffice",
  "support/chromium",
  "support/openpyxl",
  "support/zipEntries",
  "buildPane",
  '"webpack"',
  "python3",
  "soffice",
];

/** Whether `file` or any test helper it imports names a slow reader. */
function isSlow(file, seen = new Set()) {
  if (seen.has(file)) return false;
  seen.add(file);
  const code = fs.readFileSync(file, "utf8");
  if (SLOW_MARKERS.some((marker) => code.includes(marker))) return true;
  for (const [, spec] of code.matchAll(/from\s+["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = path.resolve(path.dirname(file), spec);
    const resolved = ["", ".ts", ".tsx", ".js", "/index.ts"]
      .map((extension) => target + extension)
      .find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
    if (resolved && resolved.includes(`${path.sep}test${path.sep}`) && isSlow(resolved, seen))
      return true;
  }
  return false;
}

function testFiles(folder) {
  return fs
    .readdirSync(path.join(__dirname, folder), { recursive: true })
    .filter((name) => /\.test\.tsx?$/.test(name))
    .map((name) => path.join(__dirname, folder, name));
}

const slow = FAST_FOLDERS.flatMap(testFiles).filter((file) => isSlow(file));

module.exports = {
  ...base,
  roots: FAST_FOLDERS.map((folder) => `<rootDir>/${folder}`),
  testPathIgnorePatterns: [
    "/node_modules/",
    ...slow.map((file) => path.relative(__dirname, file).replace(/[.]/g, "\\.") + "$"),
  ],
};
