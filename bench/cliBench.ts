/**
 * `npm run bench -- --cli`: how fast the compiled CLI starts (SPEC §8: it runs JavaScript, not a compiler), as CPU
 * time (user + sys of the child process, from /usr/bin/time; wall time is too noisy on a shared machine):
 *
 *  - `plan-matrix --help` (target ≤ 0.3 s CPU): loads the dispatcher and the help texts, no operation;
 *  - `plan-matrix validate` on a freshly generated plan (target ≤ 0.8 s CPU): reads the file, validates, prints;
 *  - `node -e 0` beside them: the floor, what Node itself costs to start here.
 *
 * Builds the CLI first (scripts/build-cli.js), generates the plan with it, then runs the three alternately
 * (`BENCH_CLI_RUNS`, default 5) and prints the medians. Writes `bench-output/cli.json`; exits 1 when a target is
 * missed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const OUTPUT = path.join(ROOT, "bench-output");
const BIN = path.join(ROOT, "bin", "plan-matrix.js");
const TIME = "/usr/bin/time";
const HELP_TARGET_S = 0.3;
const VALIDATE_TARGET_S = 0.8;

/** CPU seconds (user + sys) of one run of `node args…`, whatever its exit code. */
function cpuSeconds(args: string[], scratch: string): number {
  const report = path.join(scratch, "time.txt");
  const run = spawnSync(TIME, ["-f", "%U %S", "-o", report, process.execPath, ...args], {
    cwd: ROOT,
    stdio: "ignore",
  });
  if (run.error) throw run.error;
  // GNU time writes "Command exited with non-zero status 1" before the figures when the exit code is not 0.
  const last = readFileSync(report, "utf8").trim().split("\n").pop() ?? "";
  const [user, sys] = last.split(" ").map(Number);
  if (!Number.isFinite(user) || !Number.isFinite(sys))
    throw new Error(`unexpected /usr/bin/time output: ${last}`);
  return user + sys;
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function runCliBench(): number {
  if (!existsSync(TIME))
    throw new Error(`${TIME} is missing (Debian package "time"): it measures the CLI's CPU time`);
  const runs = Math.max(1, Number(process.env.BENCH_CLI_RUNS ?? 5));
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.js")], {
    stdio: "inherit",
  });
  mkdirSync(OUTPUT, { recursive: true });
  const scratch = mkdtempSync(path.join(os.tmpdir(), "plan-matrix-cli-bench-"));
  try {
    const plan = path.join(scratch, "plan.xlsx");
    execFileSync(process.execPath, [BIN, "generate", "--out", plan], { stdio: "ignore" });
    const commands = {
      help: [BIN, "--help"],
      validate: [BIN, "validate", plan],
      node: ["-e", "0"],
    };
    const samples: Record<keyof typeof commands, number[]> = { help: [], validate: [], node: [] };
    // Alternated, so a burst of load elsewhere on the machine hits all three alike.
    for (let run = 0; run < runs; run++)
      for (const name of Object.keys(commands) as (keyof typeof commands)[])
        samples[name].push(cpuSeconds(commands[name], scratch));
    const figures = {
      runs,
      helpCpuSeconds: median(samples.help),
      validateCpuSeconds: median(samples.validate),
      nodeCpuSeconds: median(samples.node),
    };
    const rows: [string, number, number | null][] = [
      ["plan-matrix --help", figures.helpCpuSeconds, HELP_TARGET_S],
      ["plan-matrix validate (generated plan)", figures.validateCpuSeconds, VALIDATE_TARGET_S],
      ["node -e 0 (floor)", figures.nodeCpuSeconds, null],
    ];
    process.stdout.write(`\nCPU time (user + sys), median of ${runs} alternated runs\n\n`);
    for (const [name, seconds, target] of rows)
      process.stdout.write(
        `${name.padEnd(40)} ${seconds.toFixed(2).padStart(5)} s` +
          (target === null
            ? "\n"
            : `  (target ≤ ${target} s: ${seconds <= target ? "met" : "missed"})\n`)
      );
    writeFileSync(path.join(OUTPUT, "cli.json"), JSON.stringify(figures, null, 2));
    const met =
      figures.helpCpuSeconds <= HELP_TARGET_S && figures.validateCpuSeconds <= VALIDATE_TARGET_S;
    return met ? 0 : 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
