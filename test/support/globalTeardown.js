/**
 * Jest's global tear-down, run once after every suite: stops the offices the workers started for their
 * LibreOffice conversions (test/support/libreoffice.ts, `workerOffice`: one per worker, named after this run's
 * shared folder, its process group's pid in the profile) and removes their profiles.
 */
const { readdirSync, readFileSync, rmSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");

/** Set by the global set-up (test/support/globalSetup.js). */
const SHARED_DIR_VARIABLE = "PLAN_MATRIX_SHARED_FIXTURES";

module.exports = async function globalTeardown() {
  const run = process.env[SHARED_DIR_VARIABLE];
  if (!run) return;
  const prefix = `lo-profile-${path.basename(run)}-`;
  for (const name of readdirSync(os.tmpdir())) {
    if (!name.startsWith(prefix) || !name.endsWith("-office")) continue;
    const profile = path.join(os.tmpdir(), name);
    try {
      process.kill(-Number(readFileSync(path.join(profile, "office.pid"), "utf8")), "SIGKILL");
    } catch {
      // never started, or already gone
    }
    rmSync(profile, { recursive: true, force: true });
  }
};
