/**
 * `npm run bench -- --excel [--json]`: Excel round trips of every operation (generate, validate, fix, semaphore,
 * consolidate, report, upgrade, and generate over the filled plan: regenerate) × 17 areas × {100, 1,000, 5,000}
 * rows of the generated fill, and × {100, 1,000, 5,000} rows with a 150-character text in every text column (the
 * realistic case, issue 16), through the Office host over the strict fake (bench/excelRoundTrips.ts, one child
 * process per size), beside a naive one-sync-per-row host (counted).
 *
 * Targets (SPEC §9, issues 9 and 16): at every size, syncs ≤ 5 + ⌈bytes ÷ 4 MB⌉ (bytes: every request and every
 * response) and every request and every response < 5 MB. Prints a table, writes `bench-output/excel.json`
 * (`{"excel": [{operation, areas, rows, textChars, syncs, largestRequestBytes, largestResponseBytes,
 * totalRequestBytes}]}`, plus the naive syncs) and exits 1 when a target is missed. `BENCH_EXCEL_ROWS=100,1000` and
 * `BENCH_EXCEL_TEXT_ROWS=100` change the sizes (an empty value skips that series).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ExcelFigure } from "./excelRoundTrips";

const ROOT = path.resolve(__dirname, "..");
const OUTPUT = path.join(ROOT, "bench-output");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const MB = 1024 * 1024;
const PAYLOAD_LIMIT = 5 * MB;
const TEXT_CHARS = 150;

export const syncTarget = (bytes: number): number => 5 + Math.ceil(bytes / (4 * MB));
const bytesOf = (figure: ExcelFigure): number =>
  figure.totalRequestBytes + figure.totalResponseBytes;

function measureSize(rows: number, textChars: number): ExcelFigure[] {
  const script = path.join(__dirname, "excelRoundTrips.ts");
  const stdout = execFileSync(TSX, [script, String(rows), String(textChars)], {
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
  if (!line) throw new Error(`excelRoundTrips.ts ${rows} ${textChars} reported no figures`);
  return JSON.parse(line.slice("BENCH ".length)) as ExcelFigure[];
}

const megabytes = (bytes: number): string => (bytes / MB).toFixed(2);

export function runExcelBench(json: boolean): number {
  const sizes = (variable: string, fallback: string): number[] =>
    (process.env[variable] ?? fallback)
      .split(",")
      .filter((size) => size.trim() !== "")
      .map(Number);
  const runs = [
    ...sizes("BENCH_EXCEL_ROWS", "100,1000,5000").map((rows) => ({ rows, textChars: 0 })),
    ...sizes("BENCH_EXCEL_TEXT_ROWS", "100,1000,5000").map((rows) => ({
      rows,
      textChars: TEXT_CHARS,
    })),
  ];
  const figures = runs.flatMap(({ rows, textChars }) => {
    process.stdout.write(
      `Measuring 17 areas × ${rows} rows${textChars ? `, ${textChars}-character texts` : ""}…\n`
    );
    return measureSize(rows, textChars);
  });
  const misses = figures.filter(
    (figure) =>
      figure.syncs > syncTarget(bytesOf(figure)) ||
      figure.largestRequestBytes >= PAYLOAD_LIMIT ||
      figure.largestResponseBytes >= PAYLOAD_LIMIT
  );
  process.stdout.write(
    `\n${"operation".padEnd(12)} ${"areas".padStart(5)} ${"rows".padStart(6)} ${"text".padStart(4)} ` +
      `${"syncs".padStart(5)} ${"target".padStart(6)} ${"req MB".padStart(7)} ${"resp MB".padStart(7)} ` +
      `${"total MB".padStart(9)} ${"naive syncs".padStart(11)}\n`
  );
  for (const figure of figures)
    process.stdout.write(
      `${figure.operation.padEnd(12)} ${String(figure.areas).padStart(5)} ${String(figure.rows).padStart(6)} ` +
        `${String(figure.textChars).padStart(4)} ${String(figure.syncs).padStart(5)} ` +
        `${`≤${syncTarget(bytesOf(figure))}`.padStart(6)} ` +
        `${megabytes(figure.largestRequestBytes).padStart(7)} ${megabytes(figure.largestResponseBytes).padStart(7)} ` +
        `${megabytes(bytesOf(figure)).padStart(9)} ${figure.naiveSyncs.toLocaleString("en").padStart(11)}\n`
    );
  process.stdout.write(
    `\ntargets: syncs ≤ 5 + ⌈bytes (requests and responses) ÷ 4 MB⌉, every request and response < 5 MB — ` +
      `${misses.length === 0 ? "met" : `missed by ${misses.map((miss) => `${miss.operation} × ${miss.rows}/${miss.textChars}`).join(", ")}`}\n`
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
            textChars: figure.textChars,
            syncs: figure.syncs,
            largestRequestBytes: figure.largestRequestBytes,
            largestResponseBytes: figure.largestResponseBytes,
            totalRequestBytes: figure.totalRequestBytes,
            totalResponseBytes: figure.totalResponseBytes,
          })),
          naive: figures.map((figure) => ({
            operation: figure.operation,
            rows: figure.rows,
            textChars: figure.textChars,
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
