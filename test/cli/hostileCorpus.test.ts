/**
 * The hostile corpus (issue 20; test/fixtures/hostile, built at test time) through every command that reads a
 * workbook: validate, semaphore --json, consolidate, report, fix and upgrade. Each case asserts its class —
 * refused in one clean line (exit 2, no stack trace, nothing written), or outputs that openpyxl (and LibreOffice,
 * for a sample) opens — and that the input is byte for byte what it was. Runs in-process (`runCli`).
 */
import { runPython } from "../support/python";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  buildHostileCorpus,
  Expected,
  HOSTILE_CASES,
  HostileCase,
} from "../fixtures/hostile/buildHostileCorpus";
import { convertWithLibreOffice } from "../support/libreoffice";
import { cli, CliRun } from "../support/runCli";
import { testOutputDir } from "../support/tempDir";

const dir = testOutputDir("hostile");
const outDir = path.join(dir, "out");
mkdirSync(outDir, { recursive: true });
let corpus: { cases: HostileCase[]; template: string };

const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

type Run = { command: string; run: CliRun; out: string | null };

async function everyCommand(file: string, name: string): Promise<Run[]> {
  const out = (command: string): string => path.join(outDir, `${name}.${command}.xlsx`);
  const runs: Run[] = [];
  const commands: [string, string[], string | null][] = [
    ["validate", ["validate", file], null],
    ["semaphore", ["semaphore", file, "--json"], null],
    ["consolidate", ["consolidate", file, "--out", out("consolidate")], out("consolidate")],
    ["report", ["report", file, "--semester", "1", "--out", out("report")], out("report")],
    ["fix", ["fix", file, "--out", out("fix")], out("fix")],
    [
      "upgrade",
      ["upgrade", file, "--template", corpus.template, "--out", out("upgrade")],
      out("upgrade"),
    ],
  ];
  for (const [command, args, output] of commands)
    runs.push({ command, run: await cli(...args), out: output });
  return runs;
}

/** What a run shows of itself, for a failure message that says which command did what. */
const shown = (run: Run): string =>
  `${run.command} → ${run.run.code}: ${run.run.stderr.split("\n")[0]}`;

/** A clean refusal: exit 2, exactly one line on stderr, no stack trace, no internal error, nothing written. */
function isCleanRefusal(run: Run): boolean {
  const lines = run.run.stderr.split("\n").filter((line) => line !== "");
  return (
    run.run.code === 2 &&
    lines.length === 1 &&
    !/^\s+at |Error inesperado|Unexpected error/.test(run.run.stderr) &&
    (run.out === null || !existsSync(run.out))
  );
}

/** A command that worked: exit 0 or 1, its output written (when it writes one), no stack trace. */
function worked(run: Run): boolean {
  return (
    (run.run.code === 0 || run.run.code === 1) &&
    !/^\s+at |Error inesperado|Unexpected error/m.test(run.run.stderr) &&
    (run.out === null || existsSync(run.out))
  );
}

const classOf = (expected: Expected, run: Run): boolean =>
  expected === "refused"
    ? isCleanRefusal(run)
    : expected === "valid"
      ? worked(run)
      : isCleanRefusal(run) || worked(run);

/** Outputs written by commands that worked, to be opened by openpyxl (and a sample by LibreOffice) at the end. */
const written: string[] = [];

beforeAll(async () => {
  corpus = await buildHostileCorpus(path.join(dir, "in"));
}, 120_000);

describe("the hostile corpus, every case through every command", () => {
  it("has at least 60 cases across container, XML and plan-level damage", () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(HOSTILE_CASES.map((entry) => entry.kind))).toEqual(
      new Set(["container", "xml", "plan"])
    );
  });

  it.each(HOSTILE_CASES)("$kind / $name: $expected", async ({ name, expected }) => {
    const file = path.join(dir, "in", `${name}.xlsx`);
    const before = sha(file);
    const runs = await everyCommand(file, name);
    expect(runs.filter((run) => !classOf(expected, run)).map(shown)).toEqual([]);
    expect(sha(file)).toBe(before);
    for (const run of runs) if (run.out && worked(run)) written.push(run.out);
  });

  it("every output written opens in openpyxl", () => {
    expect(written.length).toBeGreaterThan(40);
    const results = JSON.parse(
      runPython([path.join(__dirname, "..", "fixtures", "hostile", "open_all.py"), ...written], {
        maxBuffer: 64 * 1024 * 1024,
      })
    ) as Record<string, string>;
    expect(Object.entries(results).filter(([, result]) => result !== "ok")).toEqual([]);
  });

  it("a sample of the outputs opens in LibreOffice (one soffice call)", () => {
    const sample = [
      "x-prefixed-namespaces.upgrade.xlsx",
      "table-ref-stretched.upgrade.xlsx",
      "zip-slip-parent.consolidate.xlsx",
      "escape-sequence-in-area-cell.fix.xlsx",
      "absolute-relationship-targets.report.xlsx",
    ].map((name) => path.join(outDir, name));
    const converted = convertWithLibreOffice(sample, path.join(dir, "libreoffice"), "csv");
    expect(converted.filter((file) => !existsSync(file))).toEqual([]);
  });
});
