/**
 * Cancel and progress: a consolidation cancelled at any point — between its steps or inside the host's write —
 * leaves the in-browser workbook byte for byte as it was and writes no file host output.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  OperationCancelled,
  OperationContext,
  OperationStep,
} from "../../src/operations/OperationContext";
import { consolidate } from "../../src/operations/consolidate";
import { generate } from "../../src/operations/generate";
import { WorkbookHost } from "../../src/operations/WorkbookHost";
import { MemoryHost } from "../../src/shells/memory/MemoryHost";
import { FileHost } from "../../src/shells/xlsx/FileHost";
import { validRow } from "../support/filledPlan";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";
import { fillEdits } from "./fillEdits";

jest.setTimeout(300_000);

const dir = testOutputDir("cancel");
const TODAY = "2021-07-05";
const REQUEST = { cutoff: "T2", imports: [], today: TODAY };

async function filledPlan(host: WorkbookHost): Promise<void> {
  await generate(host, { template: sampleTemplate() });
  await host.applyPatch({
    sheets: [],
    definedNames: [],
    edits: fillEdits(await host.readSnapshot(), "DJ", [
      validRow("Revisar contratos", [1, 1, null, null]),
    ]),
  });
}

/** A real signal whose `aborted` turns true at its k-th reading: a cancel at the k-th check, wherever it is. */
function abortedAtCheck(k: number): { signal: AbortSignal; checks: () => number } {
  const signal = new AbortController().signal;
  let reads = 0;
  Object.defineProperty(signal, "aborted", { get: () => ++reads >= k });
  return { signal, checks: () => reads };
}

const STEPS: OperationStep[] = ["read", "validate", "compute", "write"];

describe("consolidate on the in-browser workbook", () => {
  let host: MemoryHost;
  let before: Uint8Array;

  beforeAll(async () => {
    host = new MemoryHost();
    await filledPlan(host);
    before = host.exportBytes();
  });

  it("reports its steps in order, each further on, ending at done", async () => {
    const progress: [OperationStep, number][] = [];
    const copy = new MemoryHost(before);
    await consolidate(copy, REQUEST, {
      onProgress: (step, fraction) => progress.push([step, fraction]),
    });
    expect(progress.map(([step]) => step)).toEqual([
      "read",
      "validate",
      "compute",
      "write",
      "done",
    ]);
    const fractions = progress.map(([, fraction]) => fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(Buffer.from(copy.exportBytes()).equals(Buffer.from(before))).toBe(false);
  });

  it.each(STEPS)("a cancel when it enters %s leaves the bytes identical", async (when) => {
    const controller = new AbortController();
    const context: OperationContext = {
      signal: controller.signal,
      onProgress: (step) => {
        if (step === when) controller.abort();
      },
    };
    await expect(consolidate(host, REQUEST, context)).rejects.toBeInstanceOf(OperationCancelled);
    expect(Buffer.from(host.exportBytes()).equals(Buffer.from(before))).toBe(true);
  });

  it("a cancel at every check, inside the host's write too, leaves the bytes identical", async () => {
    let k = 1;
    for (; ; k++) {
      const { signal } = abortedAtCheck(k);
      const copy = new MemoryHost(before);
      const run = consolidate(copy, REQUEST, { signal }).then(
        () => "done",
        (error: unknown) => (error instanceof OperationCancelled ? "cancelled" : error)
      );
      const outcome = await run;
      if (outcome === "done") break;
      expect([k, outcome]).toEqual([k, "cancelled"]);
      expect([k, Buffer.from(copy.exportBytes()).equals(Buffer.from(before))]).toEqual([k, true]);
    }
    // Checks between the steps and inside the writer: more than the five steps alone.
    expect(k).toBeGreaterThan(6);
  });
});

describe("consolidate on a file", () => {
  let input: string;
  let inputBytes: Buffer;

  beforeAll(async () => {
    input = path.join(dir, "plan.xlsx");
    await filledPlan(new FileHost({ output: input }));
    inputBytes = readFileSync(input);
  });

  it("a cancel at every check writes no output and leaves the input as it was", async () => {
    let k = 1;
    for (; ; k++) {
      const output = path.join(dir, `out-${k}.xlsx`);
      const { signal } = abortedAtCheck(k);
      const outcome = await consolidate(new FileHost({ input, output }), REQUEST, { signal }).then(
        () => "done",
        (error: unknown) => (error instanceof OperationCancelled ? "cancelled" : error)
      );
      if (outcome === "done") {
        expect(existsSync(output)).toBe(true);
        break;
      }
      expect([k, outcome, existsSync(output)]).toEqual([k, "cancelled", false]);
    }
    expect(k).toBeGreaterThan(6);
    expect(readFileSync(input).equals(inputBytes)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});
