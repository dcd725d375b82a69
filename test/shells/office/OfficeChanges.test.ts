/**
 * Validating again after the user's edits, inside Excel (src/shells/office/OfficeChanges.ts) over the strict fake:
 * a user's edit is reported, the add-in's own writes never are, the registration is removed around every write
 * (office-js#539: an active registration plus a large write gave internal errors) and comes back after it, and a
 * drop-down choice on the web is not reported at all (office-js#4066) — which is why the pane keeps its
 * "Revisar de nuevo" button.
 */
import { layoutWorkbook } from "../../../src/core/workbook/layoutWorkbook";
import { OfficeChanges } from "../../../src/shells/office/OfficeChanges";
import { OfficeHost } from "../../../src/shells/office/OfficeHost";
import { FakeExcel } from "../../fakes/excel/FakeExcel";
import { sampleTemplate } from "../../support/sampleTemplate";
import { validRow } from "../../support/filledPlan";
import { fillEdits } from "./support";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function watchedHost(options: { platform?: "web" | "desktop" } = {}) {
  const excel = new FakeExcel(options);
  const changes = new OfficeChanges(excel.changeApi);
  const host = new OfficeHost({
    run: excel.run,
    isSetSupported: excel.isSetSupported,
    changes,
  });
  return { excel, host, changes };
}

test("a user's edit is reported; the host's own writes are not, and no write runs while a handler is registered", async () => {
  const { excel, host } = watchedHost();
  const layout = layoutWorkbook(sampleTemplate());
  const calls: string[] = [];
  host.watchUserEdits(() => calls.push("edited"));
  await settle();
  expect(excel.model.changeHandlers.size).toBe(1);

  await host.applyPatch(layout);
  await host.applyPatch({
    sheets: [],
    definedNames: [],
    edits: fillEdits(layout, { DJ: [validRow("Emitir conceptos", [1, 1, null, null])] }),
  });
  await settle();
  expect(calls).toEqual([]);
  expect(excel.writesWhileWatched).toBe(0);

  // Registered again after the writes: the user's next edit is reported.
  await settle();
  expect(excel.model.changeHandlers.size).toBe(1);
  await excel.userEdit("Configuración", "B6", "T2");
  expect(calls).toEqual(["edited"]);
});

test("a failed write puts the registration back too", async () => {
  const { excel, host } = watchedHost();
  const calls: string[] = [];
  host.watchUserEdits(() => calls.push("edited"));
  await settle();
  excel.failAtSync(2);
  await expect(host.applyPatch(layoutWorkbook(sampleTemplate()))).rejects.toBeTruthy();
  expect(excel.writesWhileWatched).toBe(0);
  await settle();
  expect(excel.model.changeHandlers.size).toBe(1);
  await excel.userEdit("Sheet1", "A1", "x");
  expect(calls).toEqual(["edited"]);
});

test("without the pause, the same write runs with the handler registered (the case office-js#539 reports)", async () => {
  const excel = new FakeExcel();
  const watcher = new OfficeChanges(excel.changeApi);
  // A host that is not told about the watcher cannot pause it.
  const host = new OfficeHost({ run: excel.run, isSetSupported: excel.isSetSupported });
  watcher.watch(() => undefined);
  await settle();
  await host.applyPatch(layoutWorkbook(sampleTemplate()));
  expect(excel.writesWhileWatched).toBeGreaterThan(0);
});

test("a drop-down choice on the web is not reported (office-js#4066); on desktop it is", async () => {
  for (const [platform, expected] of [
    ["web", []],
    ["desktop", ["edited"]],
  ] as const) {
    const { excel, host } = watchedHost({ platform });
    const calls: string[] = [];
    host.watchUserEdits(() => calls.push("edited"));
    await settle();
    await excel.userEdit("Sheet1", "A1", "Cumplido", { dropdown: true });
    expect(calls).toEqual(expected);
  }
});

test("unsubscribing removes the handler from Excel, also when it comes before the registration lands", async () => {
  const { excel, host } = watchedHost();
  const calls: string[] = [];
  const late = host.watchUserEdits(() => calls.push("late"));
  await settle();
  late();
  await settle();
  expect(excel.model.changeHandlers.size).toBe(0);

  const early = host.watchUserEdits(() => calls.push("early"));
  early();
  await settle();
  await settle();
  expect(excel.model.changeHandlers.size).toBe(0);
  await excel.userEdit("Sheet1", "A1", "x");
  expect(calls).toEqual([]);
});
