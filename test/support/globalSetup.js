/**
 * Jest's global set-up, run once before any suite: compiles the CLI (scripts/build-cli.js, well under 2 s), so the
 * suites that spawn `bin/plan-matrix.js` run the JavaScript users run, built from the sources under test.
 */
const { buildCli } = require("../../scripts/build-cli");

module.exports = async function globalSetup() {
  await buildCli();
};
