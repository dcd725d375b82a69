/**
 * `npm run test:fast`: the suites of the core, the operations, the CLI and the lint rules that need no independent
 * reader — no LibreOffice, Chromium, webpack or Python (openpyxl) anywhere in what they import — in well under a
 * minute. `npm test` runs everything; this is the loop while changing code. Which suites are slow:
 * test/support/slowSuites.js.
 */
const fs = require("node:fs");
const path = require("node:path");
const base = require("./jest.config");
const { isSlowSuite } = require("./test/support/slowSuites");

const FAST_FOLDERS = ["test/core", "test/operations", "test/cli", "test/lint"];

function testFiles(folder) {
  return fs
    .readdirSync(path.join(__dirname, folder), { recursive: true })
    .filter((name) => /\.test\.tsx?$/.test(name))
    .map((name) => path.join(__dirname, folder, name));
}

const slow = FAST_FOLDERS.flatMap(testFiles).filter((file) => isSlowSuite(file));

module.exports = {
  ...base,
  roots: FAST_FOLDERS.map((folder) => `<rootDir>/${folder}`),
  testPathIgnorePatterns: [
    "/node_modules/",
    ...slow.map((file) => path.relative(__dirname, file).replace(/[.]/g, "\\.") + "$"),
  ],
};
