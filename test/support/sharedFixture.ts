/**
 * Fixtures that several suites need, built once per jest run: the first suite to ask builds it into a folder of the
 * run's shared directory (test-output/shared-<run>/, made by the global set-up: test/support/globalSetup.js), the
 * others find it there — or, when it is being built in another worker, wait for it. The folder is written aside and
 * renamed into place when whole, so a suite never reads half a fixture. Per run, never across runs: each run
 * builds from the sources it tests. Without the global set-up (another jest config) each suite builds its own.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { testOutputDir } from "./tempDir";

/** Set by the global set-up to the run's shared directory. */
export const SHARED_DIR_VARIABLE = "PLAN_MATRIX_SHARED_FIXTURES";

const POLL_MS = 250;

/** Held while the fixture is built: the builder's pid inside, so a lock left by a killed worker is noticed. */
function lockHolderAlive(lock: string): boolean {
  try {
    const holder = Number(readFileSync(path.join(lock, "pid"), "utf8"));
    process.kill(holder, 0);
    return true;
  } catch (error) {
    // No pid file yet: the holder is between mkdir and writing it.
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

/**
 * The folder of the fixture `name`, `build` having filled it (once per run). `build` gets an empty folder to write
 * into; whatever it resolves with is not kept, so it should leave everything the suites need as files.
 */
export async function sharedFixture(
  name: string,
  build: (dir: string) => Promise<void>
): Promise<string> {
  const root = process.env[SHARED_DIR_VARIABLE];
  if (!root) {
    const dir = path.join(testOutputDir(name), name);
    mkdirSync(dir);
    await build(dir);
    return dir;
  }
  const dir = path.join(root, name);
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(dir)) return dir;
    try {
      mkdirSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (!lockHolderAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      continue;
    }
    try {
      writeFileSync(path.join(lock, "pid"), String(process.pid));
      // Built while another holder finished it between our look and our lock: nothing to do.
      if (existsSync(dir)) return dir;
      const staging = mkdtempSync(`${dir}.building-`);
      await build(staging);
      renameSync(staging, dir);
      return dir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
