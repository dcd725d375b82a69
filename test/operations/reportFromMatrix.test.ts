/**
 * The informe of a consolidated plan is read from `Matriz` (SPEC §7); it must say what the same rows say in the area
 * tabs. In particular "without report" means validation's warning, which rows holding only what the workbook was
 * generated with (ID, Objetivo, Sentido, `Borrador`) never get one by one: the columns consolidation adds to each
 * matrix row (Macroproceso, Área, and the planning office's Observaciones Planeación and Verificado) do not make
 * such a row a filled one.
 */
import { DEFAULT_TEMPLATE } from "../../src/core/template/defaultTemplate";
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
