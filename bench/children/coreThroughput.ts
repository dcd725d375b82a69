/**
 * Child process: the core alone on the bench plan — the snapshot is read first (not timed), then validation of every
 * §4 rule and the semáforo at the cut-off are timed, as rows per second.
 */
import { readPlan } from "../../src/core/plan/readPlan";
import { computeSemaphore } from "../../src/core/semaphore/computeSemaphore";
import { validateWorkbook } from "../../src/core/validation/validateWorkbook";
import { readSnapshotFromFile } from "../../src/shells/xlsx/package/read/readSnapshotFromFile";
import { cpuSecondsSince, reportChild } from "./reportChild";

async function main(): Promise<void> {
  const [input] = process.argv.slice(2);
  const snapshot = await readSnapshotFromFile(input);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const validation = validateWorkbook(snapshot);
  const plan = readPlan(snapshot);
  if (!plan.config) throw new Error(`${input} has no configuration`);
  const semaphore = computeSemaphore(plan, plan.config);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpu);
  reportChild({
    seconds,
    cpuSeconds,
    rows: semaphore.rows.length,
    rowsPerSecond: Math.round(semaphore.rows.length / seconds),
    issues: validation.issues.length,
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
