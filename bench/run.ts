/**
 * `npm run bench`: the scale targets of the consolidation issue, measured in separate processes so each figure
 * has its own peak memory. On a plan of 17 areas × 5,000 filled rows (the default template, cut-off T2):
 *
 *  - baseline: ExcelJS alone (streaming reader and writer, its cheapest mode) reads every cell and writes it back;
 *  - validate: `plan-matrix validate --json` (read, every §4 rule, the semáforo);
 *  - consolidate: `plan-matrix consolidate` (read, validate, build Matriz/Tablero/Registro, write the file);
 *  - core: the plan read from a snapshot already read, the semáforo at the cut-off once, every §4 rule with it
 *    (children/coreThroughput.ts), as rows per second of CPU time (user + sys). The figure (`core.rowsPerSecond`)
 *    is the child compiled as the CLI ships (one esbuild bundle, bench/bundleChild.ts); the same child under tsx,
 *    run alternately with it, is printed beside it and kept as `core.tsx` (comparable with earlier figures).
 *
 * Targets: each command within 1.5× the baseline's time and under 1 GB of resident memory; the core at
 * ≥ 250,000 rows/s. Prints a table and writes `bench-output/results.json`, exits 1 when a target is missed. Beside
 * wall time, each figure has its CPU time (`cpuSeconds`, `cpuRatio` to the baseline's: on a shared machine wall time
 * measures the neighbours too) and its peak resident memory per plan row (`kbPerRow`: the peak RSS over the 17 × rows
 * of the plan, the process's own start-up included). Each figure is the median of `BENCH_RUNS` runs (3; wall and CPU
 * medians taken apart, peak memory the highest of them); `BENCH_ROWS` changes the rows per area.
 * `npm run bench -- --core` measures the core alone (and `--profile` writes `bench-output/core.cpuprofile` of one
 * more run), updating `core` in `results.json`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FIXTURE_ROWS_PER_AREA } from "./buildPlanFixture";
import { bundleChild } from "./bundleChild";
import { runCliBench } from "./cliBench";
import { runExcelBench } from "./excel";
import { runPaneBench } from "./paneBench";

const ROOT = path.resolve(__dirname, "..");
const OUTPUT = path.join(ROOT, "bench-output");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const TIME_RATIO_TARGET = 1.5;
const MEMORY_TARGET_MB = 1024;
const CORE_TARGET_ROWS_PER_SECOND = 250_000;

type ChildFigures = { seconds: number; cpuSeconds: number; maxRssMb: number } & Record<
  string,
  number | string
>;

/** Runs `bench/children/<script>` under tsx, or its `bundle` (bundleChild) under node when given. */
function runChild(script: string, args: string[], bundle?: string): ChildFigures {
  const [command, child] = bundle
    ? [process.execPath, bundle]
    : [TSX, path.join(__dirname, "children", script)];
  const stdout = execFileSync(command, [child, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PLAN_MATRIX_TODAY: "2021-07-15" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = stdout
    .split("\n")
    .reverse()
    .find((text) => text.startsWith("BENCH "));
  if (!line) throw new Error(`${script} reported no figures`);
  return JSON.parse(line.slice("BENCH ".length)) as ChildFigures;
}

/**
 * Runs a child `runs` times: the median wall time and, on its own, the median CPU time (the machine's noise cut both
 * ways), the highest peak memory.
 */
function measure(script: string, args: string[], runs: number): ChildFigures {
  return medians(Array.from({ length: runs }, () => runChild(script, args)));
}

function medians(runs: ChildFigures[]): ChildFigures {
  const all = [...runs].sort((a, b) => a.seconds - b.seconds);
  const median = all[Math.floor(all.length / 2)];
  const cpu = all.map((figures) => figures.cpuSeconds).sort((a, b) => a - b);
  return {
    ...median,
    cpuSeconds: cpu[Math.floor(cpu.length / 2)],
    maxRssMb: Math.max(...all.map((figures) => figures.maxRssMb)),
    runs: runs.length,
  };
}

/** The core child's figures compiled (`rowsPerSecond`: the target's figure), and under tsx beside them. */
type CoreFigures = { compiled: ChildFigures; tsx: ChildFigures };

/** Each named figure's own median over the runs that report it (none for a figure no run has). */
function medianOf(runs: ChildFigures[], names: string[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const name of names) {
    const values = runs
      .map((figures) => figures[name])
      .filter((value): value is number => typeof value === "number")
      .sort((a, b) => a - b);
    if (values.length > 0) result[name] = values[Math.floor(values.length / 2)];
  }
  return result;
}

/**
 * The core child `runs` times compiled (the figure) and as many under tsx (beside it), alternated so that both see
 * the same machine; rows per second recomputed from the median CPU time.
 */
function measureCore(fixture: string, runs: number): CoreFigures {
  const bundle = bundleChild("coreThroughput.ts");
  const compiled: ChildFigures[] = [];
  const tsx: ChildFigures[] = [];
  for (let run = 0; run < runs; run++) {
    compiled.push(runChild("coreThroughput.ts", [fixture], bundle));
    tsx.push(runChild("coreThroughput.ts", [fixture]));
  }
  const withRate = (runsOfOne: ChildFigures[]): ChildFigures => {
    const figures = medians(runsOfOne);
    return {
      ...figures,
      ...medianOf(runsOfOne, [
        "mainThreadCpuSeconds",
        "otherThreadsCpuSeconds",
        "warmCpuSeconds",
        "warmMainThreadCpuSeconds",
        "warmOtherThreadsCpuSeconds",
      ]),
      rowsPerSecond: Math.round(Number(figures.rows) / figures.cpuSeconds),
    };
  };
  return { compiled: withRate(compiled), tsx: withRate(tsx) };
}

/** `core` in results.json: the compiled child's figures, the tsx child's in `tsx`. */
const coreResult = ({ compiled, tsx }: CoreFigures): object => ({
  ...compiled,
  runner: "esbuild bundle (as the CLI ships)",
  tsx,
});

type BenchPlan = { rows: number; runs: number; fixture: string; sizeMb: number };

/** The bench plan of `BENCH_ROWS` rows per area, built once into bench-output/. */
function benchPlan(): BenchPlan {
  const rows = Number(process.env.BENCH_ROWS ?? FIXTURE_ROWS_PER_AREA);
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
  mkdirSync(OUTPUT, { recursive: true });
  const fixture = path.join(OUTPUT, `plan-17x${rows}.xlsx`);
  if (!existsSync(fixture)) {
    process.stdout.write(`Building ${path.relative(ROOT, fixture)} (17 areas × ${rows} rows)…\n`);
    runChild("buildFixture.ts", [fixture, String(rows)]);
  }
  return { rows, runs, fixture, sizeMb: statSync(fixture).size / 1024 / 1024 };
}

const coreLine = ({ compiled, tsx }: CoreFigures): string =>
  `core alone (validation + semáforo, file already read), compiled as the CLI ships: ` +
  `${compiled.cpuSeconds.toFixed(2)} s CPU (${compiled.seconds.toFixed(2)} s wall), ` +
  `${Number(compiled.rowsPerSecond).toLocaleString("en")} rows/s of CPU ` +
  `(target ≥ ${CORE_TARGET_ROWS_PER_SECOND.toLocaleString("en")}), ${compiled.issues} issues found; ` +
  `under tsx: ${tsx.cpuSeconds.toFixed(2)} s CPU, ${Number(tsx.rowsPerSecond).toLocaleString("en")} rows/s\n` +
  coreThreadsLine(compiled);

/**
 * Where the compiled child's CPU went (medians): the main thread and V8's other threads (compiler, GC) on the timed
 * run, and the same work run again in the same process, with nothing left to compile.
 */
function coreThreadsLine(compiled: ChildFigures): string {
  const seconds = (name: string): string =>
    typeof compiled[name] === "number" ? `${(compiled[name] as number).toFixed(2)} s` : "?";
  if (typeof compiled.warmCpuSeconds !== "number") return "";
  const rate = Math.round(Number(compiled.rows) / compiled.warmCpuSeconds).toLocaleString("en");
  return (
    `  its CPU: main thread ${seconds("mainThreadCpuSeconds")}, V8's other threads ` +
    `${seconds("otherThreadsCpuSeconds")}; the same work again in the same process ` +
    `${seconds("warmCpuSeconds")} (${rate} rows/s; main ${seconds("warmMainThreadCpuSeconds")}, ` +
    `others ${seconds("warmOtherThreadsCpuSeconds")})\n`
  );
}

/** `--core`: the core alone, median of `BENCH_RUNS`; its figures replace `core` in results.json. */
function coreOnly(profile: boolean): number {
  const { rows, runs, fixture, sizeMb } = benchPlan();
  const core = measureCore(fixture, runs);
  process.stdout.write(
    `\nplan of 17 areas × ${rows} rows (${(17 * rows).toLocaleString("en")} rows), median of ${runs} runs\n` +
      coreLine(core)
  );
  if (profile) {
    const file = path.join(OUTPUT, "core.cpuprofile");
    runChild("coreThroughput.ts", [fixture, "--profile", file], bundleChild("coreThroughput.ts"));
    process.stdout.write(`CPU profile of one more run: ${path.relative(ROOT, file)}\n`);
  }
  const resultsFile = path.join(OUTPUT, "results.json");
  const previous = existsSync(resultsFile)
    ? (JSON.parse(readFileSync(resultsFile, "utf8")) as Record<string, unknown>)
    : {};
  const results = previous.rowsPerArea === rows ? previous : { rowsPerArea: rows, fileMb: sizeMb };
  writeFileSync(resultsFile, JSON.stringify({ ...results, core: coreResult(core) }, null, 2));
  return Number(core.compiled.rowsPerSecond) >= CORE_TARGET_ROWS_PER_SECOND ? 0 : 1;
}

function main(): void {
  const { rows, runs, fixture, sizeMb } = benchPlan();

  const baseline = measure(
    "exceljsStreaming.ts",
    [fixture, path.join(OUTPUT, "baseline.xlsx")],
    runs
  );
  const validate = measure("cliCommand.ts", ["validate", fixture, "--json"], runs);
  const consolidate = measure(
    "cliCommand.ts",
    ["consolidate", fixture, "--out", path.join(OUTPUT, "consolidated.xlsx"), "--force"],
    runs
  );
  const core = measureCore(fixture, runs);

  const planRows = 17 * rows;
  const kbPerRow = (figures: ChildFigures): number =>
    Math.round(((figures.maxRssMb * 1024) / planRows) * 100) / 100;
  const results = [
    {
      name: "ExcelJS streaming read + write (baseline)",
      ...baseline,
      ratio: 1,
      cpuRatio: 1,
      kbPerRow: kbPerRow(baseline),
    },
    {
      name: "plan-matrix validate --json",
      ...validate,
      ratio: validate.seconds / baseline.seconds,
      cpuRatio: validate.cpuSeconds / baseline.cpuSeconds,
      kbPerRow: kbPerRow(validate),
    },
    {
      name: "plan-matrix consolidate",
      ...consolidate,
      ratio: consolidate.seconds / baseline.seconds,
      cpuRatio: consolidate.cpuSeconds / baseline.cpuSeconds,
      kbPerRow: kbPerRow(consolidate),
    },
  ];
  const misses = results
    .slice(1)
    .filter((result) => result.ratio > TIME_RATIO_TARGET || result.maxRssMb > MEMORY_TARGET_MB)
    .map((result) => result.name);
  if (Number(core.compiled.rowsPerSecond) < CORE_TARGET_ROWS_PER_SECOND)
    misses.push("the core alone");

  process.stdout.write(
    `\nplan of 17 areas × ${rows} rows, median of ${runs} runs each (${planRows.toLocaleString("en")} rows, ${sizeMb.toFixed(1)} MB)\n\n`
  );
  for (const result of results)
    process.stdout.write(
      `${result.name.padEnd(44)} ${result.seconds.toFixed(1).padStart(6)} s  ` +
        `${result.ratio.toFixed(2).padStart(5)}×  ${result.cpuSeconds.toFixed(1).padStart(6)} s CPU  ` +
        `${result.cpuRatio.toFixed(2).padStart(5)}×  ${Math.round(result.maxRssMb).toString().padStart(5)} MB  ` +
        `${result.kbPerRow.toFixed(2).padStart(6)} KB/row\n`
    );
  process.stdout.write(`\n${coreLine(core)}`);
  process.stdout.write(
    `\ntargets: ≤ ${TIME_RATIO_TARGET}× the baseline's time, < ${MEMORY_TARGET_MB} MB, the core ≥ ` +
      `${CORE_TARGET_ROWS_PER_SECOND.toLocaleString("en")} rows/s — ` +
      `${misses.length === 0 ? "met" : `missed by ${misses.join(", ")}`}\n`
  );
  writeFileSync(
    path.join(OUTPUT, "results.json"),
    JSON.stringify({ rowsPerArea: rows, fileMb: sizeMb, results, core: coreResult(core) }, null, 2)
  );
  process.exitCode = misses.length === 0 ? 0 : 1;
}

// `npm run bench -- --excel [--json]`: Excel round trips through the Office host (bench/excel.ts);
// `npm run bench -- --pane`: the task pane's budgets (bench/paneBench.ts); `npm run bench -- --cli`: the compiled
// CLI's start-up CPU time (bench/cliBench.ts); `npm run bench -- --core [--profile]`: the core alone; otherwise
// the file benchmark.
if (process.argv.includes("--core")) {
  process.exitCode = coreOnly(process.argv.includes("--profile"));
} else if (process.argv.includes("--excel")) {
  process.exitCode = runExcelBench(process.argv.includes("--json"));
} else if (process.argv.includes("--cli")) {
  process.exitCode = runCliBench();
} else if (process.argv.includes("--pane")) {
  runPaneBench().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    }
  );
} else {
  main();
}
