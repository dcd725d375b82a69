/**
 * Re-validation inside Excel listens to `worksheets.onChanged` (ExcelApi 1.14) and ignores the add-in's own writes
 * by their `triggerSource`. Excel here is a small stand-in that behaves as Office.js does on the points this relies
 * on: a handler added in a batch takes effect at that batch's `sync()`, and so does its `remove()`, which runs in a
 * batch on the handler's own request context (`Excel.run(result.context, …)`).
 */
import { watchOfficeChanges } from "../../src/taskpane/watchOfficeChanges";

type Handler = (event: { triggerSource: string }) => Promise<void>;

function installExcel() {
  const active = new Set<Handler>();
  const syncs: string[] = [];
  const context = {
    pending: [] as (() => void)[],
    workbook: {
      worksheets: {
        onChanged: {
          add(handler: Handler) {
            context.pending.push(() => active.add(handler));
            return {
              context,
              remove: () => context.pending.push(() => active.delete(handler)),
            };
          },
        },
      },
    },
    async sync() {
      syncs.push("sync");
      for (const apply of context.pending.splice(0)) apply();
    },
  };
  const run = async (
    first: unknown,
    second?: (ctx: typeof context) => Promise<void>
  ): Promise<void> => {
    const batch = (second ?? first) as (ctx: typeof context) => Promise<void>;
    // Nothing promises that a batch starts before `Excel.run` returns: start it a tick later.
    await Promise.resolve();
    await batch(context);
  };
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run,
    EventTriggerSource: { unknown: "Unknown", thisLocalAddin: "ThisLocalAddin" },
  };
  const fire = async (triggerSource: string) => {
    for (const handler of [...active]) await handler({ triggerSource });
  };
  return { active, syncs, fire };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

test("a user's edit calls the listener; the add-in's own write does not", async () => {
  const excel = installExcel();
  const calls: string[] = [];
  watchOfficeChanges(() => calls.push("changed"));
  await settle();
  expect(excel.active.size).toBe(1);
  await excel.fire("ThisLocalAddin");
  expect(calls).toEqual([]);
  await excel.fire("Unknown");
  expect(calls).toEqual(["changed"]);
});

test("unsubscribing removes the handler from Excel", async () => {
  const excel = installExcel();
  const calls: string[] = [];
  const unsubscribe = watchOfficeChanges(() => calls.push("changed"));
  await settle();
  unsubscribe();
  await settle();
  expect(excel.active.size).toBe(0);
  await excel.fire("Unknown");
  expect(calls).toEqual([]);
});

test("unsubscribing before the registration lands still removes it once it does", async () => {
  const excel = installExcel();
  const calls: string[] = [];
  const unsubscribe = watchOfficeChanges(() => calls.push("changed"));
  unsubscribe();
  await settle();
  await settle();
  expect(excel.active.size).toBe(0);
  await excel.fire("Unknown");
  expect(calls).toEqual([]);
});
