/**
 * Child process: the core alone on the bench plan, as an operation runs it once the file is read. The snapshot is
 * read first (not timed); then the plan is read from it, the semáforo computed once at the cut-off and every §4
 * rule run with that semáforo shared (`validateWorkbook`'s `inputs`, as the operations pass it) — timed as wall
 * and CPU time (user + sys; the figure, since wall time is noisy on a shared machine), as rows per second.
 * `--profile FILE` also writes a CPU profile of the timed part (open it in Chrome DevTools).
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { readPlan } from "../../src/core/plan/readPlan";
import { computeSemaphore } from "../../src/core/semaphore/computeSemaphore";
import { validateWorkbook } from "../../src/core/validation/validateWorkbook";
import { readSnapshotFromFile } from "../../src/shells/xlsx/package/read/readSnapshotFromFile";
import { reportChild } from "./reportChild";

/** Posts one inspector command and waits for its result. */
function post<T>(session: Session, method: string, params: object = {}): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T)))
  );
}

async function main(): Promise<void> {
  const [input, option, profileFile] = process.argv.slice(2);
  const snapshot = await readSnapshotFromFile(input);
  const session = option === "--profile" ? new Session() : null;
  if (session) {
    session.connect();
    await post(session, "Profiler.enable");
    await post(session, "Profiler.start");
  }
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const plan = readPlan(snapshot);
  if (!plan.config) throw new Error(`${input} has no configuration`);
  const semaphore = computeSemaphore(plan, plan.config);
  const validation = validateWorkbook(snapshot, {}, { plan, semaphore });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (session) {
    const { profile } = await post<{ profile: object }>(session, "Profiler.stop");
    writeFileSync(profileFile, JSON.stringify(profile));
  }
  reportChild({
    seconds,
    cpuSeconds,
    rows: semaphore.rows.length,
    rowsPerSecond: Math.round(semaphore.rows.length / cpuSeconds),
    rowsPerSecondWall: Math.round(semaphore.rows.length / seconds),
    issues: validation.issues.length,
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
