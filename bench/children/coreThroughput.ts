/**
 * Child process: the core alone on the bench plan, as an operation runs it once the file is read. The snapshot is
 * read first (not timed); then the plan is read from it, the semáforo computed once at the cut-off and every §4
 * rule run with that semáforo shared (`validateWorkbook`'s `inputs`, as the operations pass it) — timed as wall
 * and CPU time (user + sys; the figure, since wall time is noisy on a shared machine), as rows per second.
 * `--profile FILE` also writes a CPU profile of the timed part (open it in Chrome DevTools).
 *
 * Beside the figure, where the CPU went: on Linux, the main thread's and V8's other threads' (compiler, GC) CPU time
 * read from /proc around the timed part; and the same work done a second time in the same process (`warm…`), when
 * V8 has nothing left to compile — what separates the core's own work from the first run's JIT.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { readPlan } from "../../src/core/plan/readPlan";
import { computeSemaphore } from "../../src/core/semaphore/computeSemaphore";
import { validateWorkbook } from "../../src/core/validation/validateWorkbook";
import { readSnapshotFromFile } from "../../src/shells/xlsx/package/read/readSnapshotFromFile";
import { cpuSecondsSince, reportChild } from "./reportChild";

/** Posts one inspector command and waits for its result. */
function post<T>(session: Session, method: string, params: object = {}): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T)))
  );
}

/** CPU seconds (user + sys) of each thread of this process, by thread ID, from /proc; null where there is none. */
function threadCpu(): Map<string, number> | null {
  if (!existsSync("/proc/self/task")) return null;
  const ticksPerSecond = 100; // USER_HZ: 100 on every Linux that Node supports
  const byThread = new Map<string, number>();
  for (const thread of readdirSync("/proc/self/task")) {
    try {
      const stat = readFileSync(`/proc/self/task/${thread}/stat`, "utf8");
      // Fields after the command name (which may hold spaces): state is [0], utime [11], stime [12].
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      byThread.set(thread, (Number(fields[11]) + Number(fields[12])) / ticksPerSecond);
    } catch {
      // the thread ended meanwhile
    }
  }
  return byThread;
}

/** The main thread's and the other threads' CPU seconds between two `threadCpu` readings (none without /proc). */
function threadSplit(
  before: Map<string, number> | null,
  after: Map<string, number> | null,
  prefix: "" | "warm"
): Record<string, number> {
  if (!before || !after) return {};
  let main = 0;
  let others = 0;
  for (const [thread, seconds] of after) {
    const used = seconds - (before.get(thread) ?? 0);
    if (thread === String(process.pid)) main += used;
    else others += used;
  }
  const name = (figure: string): string =>
    prefix === "" ? figure : prefix + figure[0].toUpperCase() + figure.slice(1);
  return { [name("mainThreadCpuSeconds")]: main, [name("otherThreadsCpuSeconds")]: others };
}

/** The timed work: the plan read from the snapshot, the semáforo once, every rule with it. */
function core(snapshot: Awaited<ReturnType<typeof readSnapshotFromFile>>, input: string) {
  const plan = readPlan(snapshot);
  if (!plan.config) throw new Error(`${input} has no configuration`);
  const semaphore = computeSemaphore(plan, plan.config);
  const validation = validateWorkbook(snapshot, {}, { plan, semaphore });
  return { rows: semaphore.rows.length, issues: validation.issues.length };
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
  const threadsBefore = threadCpu();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const { rows, issues } = core(snapshot, input);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpuBefore);
  const split = threadSplit(threadsBefore, threadCpu(), "");
  if (session) {
    const { profile } = await post<{ profile: object }>(session, "Profiler.stop");
    writeFileSync(profileFile, JSON.stringify(profile));
  }
  const warmThreadsBefore = threadCpu();
  const warmCpuBefore = process.cpuUsage();
  core(snapshot, input);
  const warmCpuSeconds = cpuSecondsSince(warmCpuBefore);
  const warmSplit = threadSplit(warmThreadsBefore, threadCpu(), "warm");
  reportChild({
    seconds,
    cpuSeconds,
    rows,
    rowsPerSecond: Math.round(rows / cpuSeconds),
    rowsPerSecondWall: Math.round(rows / seconds),
    issues,
    ...split,
    warmCpuSeconds,
    ...warmSplit,
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
