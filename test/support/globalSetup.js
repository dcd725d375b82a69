/**
 * Jest's global set-up, run once before any suite:
 * - compiles the CLI (scripts/build-cli.js, well under 2 s), so the suites that spawn `bin/plan-matrix.js` run the
 *   JavaScript users run, built from the sources under test;
 * - makes this run's folder for the fixtures several suites share (test/support/sharedFixture.ts), named in an
 *   environment variable the workers inherit, and removes the folders of earlier runs that have ended;
 * - asks LibreOffice its version once (`soffice --version`, while the CLI compiles), for the private profiles of
 *   test/support/libreoffice.ts, in another variable the workers inherit; without LibreOffice it is left unset.
 */
const { execFile } = require("node:child_process");
const { mkdirSync, mkdtempSync, readdirSync, rmSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { buildCli } = require("../../scripts/build-cli");

const OUTPUT = path.resolve(__dirname, "..", "..", "test-output");
const PREFIX = "shared-";
/** test/support/sharedFixture.ts reads it. */
const SHARED_DIR_VARIABLE = "PLAN_MATRIX_SHARED_FIXTURES";
/** test/support/libreoffice.ts reads it. */
const LIBREOFFICE_VERSION_VARIABLE = "PLAN_MATRIX_LIBREOFFICE_VERSION";

/** What `soffice --version` prints, with a throwaway HOME (so the user's own is not touched); "" without it. */
function libreOfficeVersionText() {
  const home = mkdtempSync(path.join(os.tmpdir(), "lo-version-"));
  return new Promise((resolve) =>
    execFile(
      "soffice",
      ["--version"],
      { encoding: "utf8", timeout: 60_000, env: { ...process.env, HOME: home } },
      (error, stdout) => {
        rmSync(home, { recursive: true, force: true });
        resolve(error ? "" : stdout);
      }
    )
  );
}

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
  const [version] = await Promise.all([libreOfficeVersionText(), buildCli()]);
  if (version) process.env[LIBREOFFICE_VERSION_VARIABLE] = version;
};
