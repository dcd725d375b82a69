/**
 * Jest's global set-up, run once before any suite:
 * - compiles the CLI (scripts/build-cli.js, well under 2 s), so the suites that spawn `bin/plan-matrix.js` run the
 *   JavaScript users run, built from the sources under test;
 * - makes this run's folder for the fixtures several suites share (test/support/sharedFixture.ts), named in an
 *   environment variable the workers inherit, and removes the folders of earlier runs that have ended.
 */
const { mkdirSync, readdirSync, rmSync } = require("node:fs");
const path = require("node:path");
const { buildCli } = require("../../scripts/build-cli");

const OUTPUT = path.resolve(__dirname, "..", "..", "test-output");
const PREFIX = "shared-";
/** test/support/sharedFixture.ts reads it. */
const SHARED_DIR_VARIABLE = "PLAN_MATRIX_SHARED_FIXTURES";

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code !== "ESRCH";
  }
}

/** Folders shared-<pid>-<time> whose jest process is gone. */
function removeEndedRuns() {
  let names = [];
  try {
    names = readdirSync(OUTPUT);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(name.startsWith(PREFIX) ? name.slice(PREFIX.length).split("-")[0] : NaN);
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid))
      rmSync(path.join(OUTPUT, name), { recursive: true, force: true });
  }
}

module.exports = async function globalSetup() {
  removeEndedRuns();
  const shared = path.join(OUTPUT, `${PREFIX}${process.pid}-${Date.now()}`);
  mkdirSync(shared, { recursive: true });
  process.env[SHARED_DIR_VARIABLE] = shared;
  await buildCli();
};
