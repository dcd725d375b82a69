/**
 * A helper process a jest worker starts on its first use and keeps for the rest of the run, whichever suite uses it
 * next (the suites of a worker run one after another): its folder, `<name>-<run>-<worker pid>` in the system's temp
 * folder, holds whatever it needs and `pid`, the pid of its process group, which jest's global tear-down
 * (test/support/globalTeardown.js) kills before removing the folder. Outside a jest run (no global set-up, so
 * nothing would stop it) there is none.
 */
import { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SHARED_DIR_VARIABLE } from "./sharedFixture";

/** In a helper's folder: its process group's pid (the global tear-down reads it too). */
const PID = "pid";
/** In a helper's folder: it failed, and is not started again in this run. */
const FAILED = "failed";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The folder of this worker's helper `name`, started by `start` (which must spawn it detached, as the leader of its
 * own process group) when it is not running; null outside a jest run or once `helperFailed`.
 */
export function workerProcess(name: string, start: (dir: string) => ChildProcess): string | null {
  const run = process.env[SHARED_DIR_VARIABLE];
  if (!run) return null;
  const dir = path.join(os.tmpdir(), `${name}-${path.basename(run)}-${process.pid}`);
  if (existsSync(path.join(dir, FAILED))) return null;
  const pidFile = path.join(dir, PID);
  if (existsSync(pidFile) && isRunning(Number(readFileSync(pidFile, "utf8")))) return dir;
  mkdirSync(dir, { recursive: true });
  const helper = start(dir);
  helper.unref();
  writeFileSync(pidFile, String(helper.pid));
  return dir;
}

/** Stops the helper whose folder is `dir` and marks it failed: this worker does without it for the rest of the run. */
export function helperFailed(dir: string): void {
  try {
    process.kill(-Number(readFileSync(path.join(dir, PID), "utf8")), "SIGKILL");
  } catch {
    // already gone
  }
  writeFileSync(path.join(dir, FAILED), "");
}
