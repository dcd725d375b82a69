/**
 * `npm run bench -- --excel [--json]`: Excel round trips of every operation (generate, validate, fix, semaphore,
 * consolidate, report, upgrade) × 17 areas × {10, 1,000, 5,000} rows, through the Office host over the strict fake
 * (bench/excelRoundTrips.ts, one child process per size), beside a naive one-sync-per-row host (counted).
 *
 * Targets (SPEC §9, issue 9): at every size, syncs ≤ 5 + ⌈total request bytes ÷ 4 MB⌉ and every request < 5 MB.
 * Prints a table, writes `bench-output/excel.json` (`{"excel": [{operation, areas, rows, syncs, largestRequestBytes,
 * totalRequestBytes}]}`, plus the naive syncs) and exits 1 when a target is missed. `BENCH_EXCEL_ROWS=10,1000`
 * changes the sizes.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ExcelFigure } from "./excelRoundTrips";

const ROOT = path.resolve(__dirname, "..");
const OUTPUT = path.join(ROOT, "bench-output");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const MB = 1024 * 1024;
const REQUEST_LIMIT = 5 * MB;

export const syncTarget = (totalRequestBytes: number): number =>
  5 + Math.ceil(totalRequestBytes / (4 * MB));

function measureSize(rows: number): ExcelFigure[] {
  const stdout = execFileSync(TSX, [path.join(__dirname, "excelRoundTrips.ts"), String(rows)], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=8192" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = stdout
    .split("\n")
    .reverse()
    .find((text) => text.startsWith("BENCH "));
  if (!line) throw new Error(`excelRoundTrips.ts ${rows} reported no figures`);
  return JSON.parse(line.slice("BENCH ".length)) as ExcelFigure[];
}

const megabytes = (bytes: number): string => (bytes / MB).toFixed(2);

export function runExcelBench(json: boolean): number {
  const sizes = (process.env.BENCH_EXCEL_ROWS ?? "10,1000,5000").split(",").map(Number);
  const figures = sizes.flatMap((rows) => {
    process.stdout.write(`Measuring 17 areas × ${rows} rows…\n`);
    return measureSize(rows);
  });
  const misses = figures.filter(
    (figure) =>
      figure.syncs > syncTarget(figure.totalRequestBytes) ||
      figure.largestRequestBytes >= REQUEST_LIMIT
  );
  process.stdout.write(
    `\n${"operation".padEnd(12)} ${"areas".padStart(5)} ${"rows".padStart(6)} ${"syncs".padStart(5)} ` +
      `${"target".padStart(6)} ${"largest MB".padStart(10)} ${"total MB".padStart(9)} ${"naive syncs".padStart(11)}\n`
  );
  for (const figure of figures)
    process.stdout.write(
      `${figure.operation.padEnd(12)} ${String(figure.areas).padStart(5)} ${String(figure.rows).padStart(6)} ` +
        `${String(figure.syncs).padStart(5)} ${`≤${syncTarget(figure.totalRequestBytes)}`.padStart(6)} ` +
        `${megabytes(figure.largestRequestBytes).padStart(10)} ${megabytes(figure.totalRequestBytes).padStart(9)} ` +
        `${figure.naiveSyncs.toLocaleString("en").padStart(11)}\n`
    );
  process.stdout.write(
    `\ntargets: syncs ≤ 5 + ⌈total request bytes ÷ 4 MB⌉, every request < 5 MB — ` +
      `${misses.length === 0 ? "met" : `missed by ${misses.map((miss) => `${miss.operation} × ${miss.rows}`).join(", ")}`}\n`
  );
  if (json) {
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(
      path.join(OUTPUT, "excel.json"),
      JSON.stringify(
        {
          excel: figures.map((figure) => ({
            operation: figure.operation,
            areas: figure.areas,
            rows: figure.rows,
            syncs: figure.syncs,
            largestRequestBytes: figure.largestRequestBytes,
            totalRequestBytes: figure.totalRequestBytes,
          })),
          naive: figures.map((figure) => ({
            operation: figure.operation,
            rows: figure.rows,
            syncs: figure.naiveSyncs,
          })),
        },
        null,
        2
      )
    );
    process.stdout.write(`wrote ${path.relative(ROOT, path.join(OUTPUT, "excel.json"))}\n`);
  }
  return misses.length === 0 ? 0 : 1;
}
