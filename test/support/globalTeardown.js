/**
 * Jest's global tear-down, run once after every suite: stops the helper processes the workers kept running for this
 * run (test/support/workerProcess.ts: the LibreOffice each converts through, its Python server) — each one's folder,
 * `<name>-<run>-<worker pid>` in the temp folder, holds `pid`, its process group's — and removes their folders.
 */
const { existsSync, readdirSync, readFileSync, rmSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");

/** Set by the global set-up (test/support/globalSetup.js). */
const SHARED_DIR_VARIABLE = "PLAN_MATRIX_SHARED_FIXTURES";

module.exports = async function globalTeardown() {
  const run = process.env[SHARED_DIR_VARIABLE];
  if (!run) return;
  const mark = `-${path.basename(run)}-`;
  for (const name of readdirSync(os.tmpdir())) {
    const dir = path.join(os.tmpdir(), name);
    const pidFile = path.join(dir, "pid");
    if (!name.includes(mark) || !existsSync(pidFile)) continue;
    try {
      process.kill(-Number(readFileSync(pidFile, "utf8")), "SIGKILL");
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  }
};
