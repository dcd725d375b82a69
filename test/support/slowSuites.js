/**
 * Which test files need an independent reader or a browser: LibreOffice, Chromium, webpack or Python (openpyxl,
 * python-docx). `npm run test:fast` leaves them out (jest.fast.config.js); `npm test` starts them first
 * (test/support/testSequencer.js).
 *
 * A suite is slow when it, or a test helper it imports (relative imports under test/, followed transitively),
 * names one of SLOW_MARKERS; so a new suite that uses LibreOffice through a helper is found without a list to keep.
 */
const fs = require("node:fs");
const path = require("node:path");

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
function isSlowSuite(file, seen = new Set()) {
  if (seen.has(file)) return false;
  seen.add(file);
  const code = fs.readFileSync(file, "utf8");
  if (SLOW_MARKERS.some((marker) => code.includes(marker))) return true;
  for (const [, spec] of code.matchAll(/from\s+["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = path.resolve(path.dirname(file), spec);
    const resolved = ["", ".ts", ".tsx", ".js", "/index.ts"]
      .map((extension) => target + extension)
      .find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
    if (resolved && resolved.includes(`${path.sep}test${path.sep}`) && isSlowSuite(resolved, seen))
      return true;
  }
  return false;
}

module.exports = { isSlowSuite };
