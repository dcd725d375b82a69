/**
 * The informe of a consolidated plan is read from `Matriz` (SPEC §7); it must say what the same rows say in the area
 * tabs. In particular "without report" means validation's warning, which rows holding only what the workbook was
 * generated with (ID, Objetivo, Sentido, `Borrador`) never get one by one: the columns consolidation adds to each
 * matrix row (Macroproceso, Área, and the planning office's Observaciones Planeación and Verificado) do not make
 * such a row a filled one.
 */
import { DEFAULT_TEMPLATE } from "../../src/core/template/defaultTemplate";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { bindOperations } from "../../src/operations/bindOperations";
import { MemoryHost } from "../../src/shells/memory/MemoryHost";
import { validRow } from "../support/filledPlan";
import { fillEdits } from "./fillEdits";

jest.setTimeout(120_000);

it("lists the same rows without report from the consolidated matrix as from the area tabs", async () => {
  const host = new MemoryHost();
  const operations = bindOperations(host);
  await operations.generate({ template: DEFAULT_TEMPLATE });
  await host.applyPatch({
    sheets: [],
    definedNames: [],
    edits: [
      // T2 programmed (1) with nothing executed: without report at semester 1's cut-off, T2.
      ...fillEdits(await operations.readSnapshot(), "ECR", [
        validRow("Campaña de comunicación", [1, null, null, null]),
      ]),
      // Reported to T2, status Enviado: not without report.
      ...fillEdits(await operations.readSnapshot(), "DJ", [
        validRow("Revisar contratos", [1, 1, null, null]),
      ]),
    ],
  });
  const request = { semester: 1, language: "es", output: "html", today: "2021-07-05" } as const;
  const fromTabs = await operations.report(request);
  expect(fromTabs.fromMatrix).toBe(false);
  await operations.consolidate({ imports: [], today: "2021-07-05" });
  const fromMatrix = await operations.report(request);
  expect(fromMatrix.fromMatrix).toBe(true);
  // The 114 other generated rows (116 objectives, 2 of them filled) hold only the generated defaults: not listed.
  expect(fromTabs.report.unreportedRows.map((row) => row.activity)).toEqual([
    "Campaña de comunicación",
  ]);
  expect(fromMatrix.report.unreportedRows.map((row) => row.activity)).toEqual([
    "Campaña de comunicación",
  ]);
});

it("refuses an informe from a Matriz the area tabs have moved away from, and writes nothing", async () => {
  const host = new MemoryHost();
  const operations = bindOperations(host);
  await operations.generate({ template: DEFAULT_TEMPLATE });
  const fill = async (executed: (number | null)[]) =>
    host.applyPatch({
      sheets: [],
      definedNames: [],
      edits: fillEdits(await operations.readSnapshot(), "DJ", [
        validRow("Revisar contratos", executed),
      ]),
    });
  // Consolidated with T1 executed and T2 not yet: DJ's one row is 1 of 2 programmed to T2, 50 %.
  await fill([1, 0, null, null]);
  await operations.consolidate({ imports: [], today: "2021-07-05" });
  // Then DJ types its T2 execution in its tab: 2 of 2, 100 % — the Matriz still says 50 %.
  await fill([1, 1, null, null]);
  const request = { semester: 1, language: "es", output: "sheet", today: "2021-07-12" } as const;
  const before = host.exportBytes();
  await expect(operations.report(request)).rejects.toMatchObject({
    code: "operation.matrixStale",
    params: { count: 1, areas: "3.1 Dirección Jurídica" },
  });
  expect(host.exportBytes()).toEqual(before);
  // Consolidated again, the Matriz says what the tab says: the informe is made from it, at 100 %.
  await operations.consolidate({ imports: [], today: "2021-07-12" });
  const made = await operations.report(request);
  expect(made.fromMatrix).toBe(true);
  expect(made.report.areas.find((area) => area.code === "DJ")?.compliance).toBe(1);
});

it("says why the Matriz cannot match a tab holding a formula never calculated, instead of «consolide de nuevo» forever", async () => {
  const host = new MemoryHost();
  const operations = bindOperations(host);
  await operations.generate({ template: DEFAULT_TEMPLATE });
  // DJ's Ponderación holds =0.5/2 without its result, as openpyxl or a script writes it (probe: report refused after
  // every consolidation, since the Matriz shows the formula as text and reads back another figure).
  await host.applyPatch({
    sheets: [],
    definedNames: [],
    edits: fillEdits(await operations.readSnapshot(), "DJ", [
      validRow("Revisar contratos", [1, 1, null, null], {
        [HEADERS.weight]: { formula: "0.5/2" },
      }),
    ]),
  });
  await operations.consolidate({ imports: [], today: "2021-07-05" });
  const request = { semester: 1, language: "es", output: "sheet", today: "2021-07-05" } as const;
  await expect(operations.report(request)).rejects.toMatchObject({
    code: "operation.matrixUncalculated",
    params: { count: 1, areas: "3.1 Dirección Jurídica" },
  });
});
