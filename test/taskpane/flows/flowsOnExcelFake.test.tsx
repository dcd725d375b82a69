/**
 * @jest-environment jsdom
 *
 * The flows on the real operations over the Office host and the strict Excel fake (SPEC §9): what a click writes
 * into the workbook, and how many `context.sync()` round trips it costs — a number that does not grow with the plan.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { areasInOrder } from "../../../src/core/template/Template";
import { cellAddress } from "../../../src/core/workbook/address";
import { DEFAULT_TEMPLATE } from "../../../src/core/template/defaultTemplate";
import { HEADERS } from "../../../src/core/workbook/areaColumns";
import { layoutWorkbook } from "../../../src/core/workbook/layoutWorkbook";
import { bindOperations } from "../../../src/operations/bindOperations";
import { PlanFlow } from "../../../src/taskpane/flows/Plan/PlanFlow";
import { SemaforoFlow } from "../../../src/taskpane/flows/Semaforo/SemaforoFlow";
import { ValidarFlow } from "../../../src/taskpane/flows/Validar/ValidarFlow";
import { validRow } from "../../support/filledPlan";
import { fillEdits, officeHost } from "../../shells/office/support";
import { renderPane } from "../renderPane";

jest.setTimeout(120_000);

/** A fake Excel holding the generated 2021 plan, DJ's first row filled with Meta typed as the text "0,8". */
async function planInExcel() {
  const excel = officeHost();
  const patch = layoutWorkbook(DEFAULT_TEMPLATE);
  await excel.host.applyPatch(patch);
  const row = validRow("Mapear el litigio", [2, null, null, null], { [HEADERS.goal]: "0,8" });
  await excel.host.applyPatch({
    sheets: [],
    definedNames: [],
    edits: fillEdits(patch, { DJ: [row] }),
  });
  return excel;
}

test("Plan: one click generates the 2021 plan in the open workbook, in a handful of round trips", async () => {
  const { excel, host } = officeHost();
  renderPane(<PlanFlow operations={bindOperations(host)} hasPlan={false} />);
  const before = excel.syncs.length;
  fireEvent.click(screen.getByRole("button", { name: "Crear el plan en este libro" }));
  expect(
    await screen.findByText("Plan creado: 17 pestañas de áreas.", {}, { timeout: 60_000 })
  ).toBeTruthy();
  const syncs = excel.syncs.slice(before);
  const snapshot = await host.readSnapshot();
  const areaTables = areasInOrder(DEFAULT_TEMPLATE).map(({ area }) => `T_${area.code}`);
  expect(areaTables).toHaveLength(17);
  expect(snapshot.tables.map((table) => table.name)).toEqual(expect.arrayContaining(areaTables));
  expect(snapshot.templateJson).toContain('"templateId"');
  // Read the workbook once (2 syncs: sheets and names; no table, so no body to read), then write the whole plan in
  // 2 requests (look; write), whatever the plan's size (npm run bench -- --excel).
  expect(syncs).toHaveLength(4);
  expect(Math.max(...syncs.map((sync) => sync.requestBytes))).toBeLessThan(5 * 1024 * 1024);
});

test("Validar: the number typed as text is found, a click selects its cell in Excel, one click fixes it", async () => {
  const { excel, host } = await planInExcel();
  const table = (await host.readSnapshot()).tables.find((candidate) => candidate.name === "T_DJ")!;
  const row = table.headerRow + 1;
  const column = table.firstColumn + table.headers.indexOf(HEADERS.goal);
  const meta = cellAddress(row, column);
  renderPane(<ValidarFlow operations={bindOperations(host)} watchChanges={null} />);
  // The area's group starts collapsed: open it, as the user does.
  fireEvent.click(
    await screen.findByRole(
      "button",
      { name: new RegExp(`^${table.sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `) },
      { timeout: 60_000 }
    )
  );
  const goTo = await screen.findByRole(
    "button",
    { name: new RegExp(`^Ir a .*!${meta}: `) },
    { timeout: 60_000 }
  );
  fireEvent.click(goTo);
  await waitFor(() => expect(excel.model.selection?.sheet.name).toBe(table.sheet));
  // The fake keeps bounds 0-based, as Excel's getRangeByIndexes does.
  expect(excel.model.selection?.bounds).toMatchObject({
    top: row - 1,
    left: column - 1,
    bottom: row - 1,
    right: column - 1,
  });
  const before = excel.syncs.length;
  fireEvent.click(await screen.findByRole("button", { name: `Corregir ${meta}` }));
  expect(await screen.findByText("Se corrigió 1 celda.", {}, { timeout: 60_000 })).toBeTruthy();
  const fixSyncs = excel.syncs.length - before;
  const dj = (await host.readSnapshot()).tables.find((table) => table.name === "T_DJ")!;
  expect(dj.rows[0][dj.headers.indexOf(HEADERS.goal)]).toEqual({ kind: "number", value: 0.8 });
  // Fix: read (3); write the one cell in 2 requests (look; the edit, opening with the unprotect of the protected
  // area tab and closing with events back on — applyWorkbookPatch.ts); read again to re-validate (3).
  expect(fixSyncs).toBe(8);
});

test("Semáforo: choosing a cut-off writes Corte into Configuración and shows DJ's figure at it", async () => {
  const { excel, host } = await planInExcel();
  renderPane(
    <SemaforoFlow
      operations={bindOperations(host)}
      periodLabels={["T1", "T2", "T3", "T4"]}
      cutoff="T1"
    />
  );
  await screen.findByRole("heading", { name: "Institución · T1" }, { timeout: 60_000 });
  const before = excel.syncs.length;
  fireEvent.change(screen.getByRole("combobox", { name: "Periodo de corte" }), {
    target: { value: "T2" },
  });
  fireEvent.click(screen.getByRole("button", { name: "Calcular el semáforo" }));
  await screen.findByRole("heading", { name: "Institución · T2" }, { timeout: 60_000 });
  const cutoffSyncs = excel.syncs.length - before;
  const snapshot = await host.readSnapshot();
  expect(snapshot.names.Corte).toMatchObject({ kind: "text", value: "T2" });
  // Read (3), then write Corte in 2 requests (look; the edit); the figures come from that one read.
  expect(cutoffSyncs).toBe(5);
  // DJ's one row at T2: programmed 1 + 1 = 2, executed 2 + blank (0) = 2 → 2 ÷ 2 = 100 % → Verde; its Meta "0,8"
  // (a number stored as text) is not an input of the semáforo. The area is that row alone: 100,0 %.
  const areas = screen.getByRole("region", { name: "Áreas" });
  const dj = within(areas)
    .getAllByRole("listitem")
    .find((item) => item.textContent?.startsWith("Dirección Jurídica"));
  expect(dj?.textContent).toBe("Dirección Jurídica Verde 100,0%");
});
