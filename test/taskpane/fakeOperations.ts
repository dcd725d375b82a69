/**
 * A recording fake of `PlanOperations` for the pane's component tests: every call is logged with its request, each
 * operation answers with what the test seeded, and an operation the test did not seed rejects (so a flow calling
 * the wrong operation fails loudly). Long operations report progress and honour the AbortSignal like real ones:
 * a cancel before the write step rejects with OperationCancelled and "writes" nothing.
 */
import { PlanOperations } from "../../src/operations/PlanOperations";
import {
  OperationCancelled,
  OperationContext,
  OperationStep,
} from "../../src/operations/OperationContext";

export type Call = { operation: keyof PlanOperations; args: unknown[] };

type Handlers = { [K in keyof PlanOperations]?: PlanOperations[K] };

export type FakeOperations = PlanOperations & {
  calls: Call[];
  /** Requests of one operation, in order. */
  requests: (operation: keyof PlanOperations) => unknown[];
  /** Operations whose write step ran (what a real host would have written). */
  writes: (keyof PlanOperations)[];
  /** Makes the next long operation wait at its write step until `release()` (to test progress and cancel). */
  holdAtWrite: () => { release: () => void };
};

const WRITING = new Set<keyof PlanOperations>([
  "generate",
  "fix",
  "importAreas",
  "consolidate",
  "upgrade",
]);

export function fakeOperations(handlers: Handlers): FakeOperations {
  const calls: Call[] = [];
  const writes: (keyof PlanOperations)[] = [];
  let hold: Promise<void> | null = null;

  const long =
    <K extends keyof PlanOperations>(operation: K) =>
    async (request: unknown, context?: OperationContext): Promise<unknown> => {
      calls.push({ operation, args: [request] });
      const handler = handlers[operation] as ((...args: unknown[]) => Promise<unknown>) | undefined;
      if (!handler) throw new Error(`fake: ${operation} was not expected in this test`);
      const step = (name: OperationStep, fraction: number): void => {
        if (context?.signal?.aborted) throw new OperationCancelled();
        context?.onProgress?.(name, fraction);
      };
      step("read", 0.1);
      step("compute", 0.5);
      if (hold) {
        const waiting = hold;
        hold = null;
        await waiting;
      }
      step("write", 0.8);
      const result = await handler(request, context);
      const writesHere =
        WRITING.has(operation) ||
        (operation === "semaphore" &&
          (request as { writeCutoff?: boolean }).writeCutoff === true) ||
        (operation === "report" && (request as { output?: string }).output === "sheet");
      if (writesHere) writes.push(operation);
      step("done", 1);
      return result;
    };

  const fake = {
    calls,
    writes,
    requests: (operation: keyof PlanOperations) =>
      calls.filter((call) => call.operation === operation).map((call) => call.args[0]),
    holdAtWrite: () => {
      let release = (): void => undefined;
      hold = new Promise<void>((resolve) => (release = resolve));
      return { release: () => release() };
    },
    generate: long("generate"),
    validate: long("validate"),
    fix: long("fix"),
    semaphore: long("semaphore"),
    importAreas: long("importAreas"),
    consolidate: long("consolidate"),
    report: long("report"),
    upgrade: long("upgrade"),
    readSnapshot: async (context?: OperationContext) => {
      calls.push({ operation: "readSnapshot", args: [] });
      if (!handlers.readSnapshot)
        throw new Error("fake: readSnapshot was not expected in this test");
      return handlers.readSnapshot(context);
    },
    describeWorkbook: async (context?: OperationContext) => {
      calls.push({ operation: "describeWorkbook", args: [] });
      if (!handlers.describeWorkbook)
        throw new Error("fake: describeWorkbook was not expected in this test");
      return handlers.describeWorkbook(context);
    },
    selectCell: async (sheet: string, cell: string) => {
      calls.push({ operation: "selectCell", args: [sheet, cell] });
      if (!/^[A-Z]{1,3}[1-9][0-9]*$/.test(cell))
        throw new Error(`fake: ${cell} is not a cell address`);
      if (handlers.selectCell) await handlers.selectCell(sheet, cell);
    },
  };
  return fake as unknown as FakeOperations;
}
