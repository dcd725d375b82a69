/**
 * @jest-environment jsdom
 *
 * SPEC §5.1 in the pane: a value pasted over `CorteIndice` (Configuración!B7) moves the sheets' formulas to the
 * period it holds. The Semáforo flow, on the real operations over the strict Excel fake, marks every figure
 * `Con errores` and says why and where, as the CLI does; Validar's fix writes the formula back, and the figures
 * stand again.
 *
 * DJ's one row at Corte's T2: programmed 1 + 1, executed 1 + 0.2 → 1.2 ÷ 2 = 0.6 (Amarillo); held at T1 the sheet
 * computes 1 ÷ 1 = 1 (Verde) instead. SGR and CI have no typed rows (Sin diligenciar), so the institution is DJ's.
 */
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { SemaphoreErrors } from "../../../src/core/semaphore/semaphoreErrors";
import { layoutWorkbook } from "../../../src/core/workbook/layoutWorkbook";
import { bindOperations } from "../../../src/operations/bindOperations";
import { CutoffIndexWarning } from "../../../src/taskpane/components/CutoffIndexWarning/CutoffIndexWarning";
import { SemaforoFlow } from "../../../src/taskpane/flows/Semaforo/SemaforoFlow";
import { ValidarFlow } from "../../../src/taskpane/flows/Validar/ValidarFlow";
import { validRow } from "../../support/filledPlan";
import { sampleTemplate } from "../../support/sampleTemplate";
import { fillEdits, officeHost } from "../../shells/office/support";
import { renderPane } from "../renderPane";

jest.setTimeout(120_000);

const SPANISH =
  "La celda CorteIndice (Configuración!B7) ya no tiene su fórmula, así que las fórmulas del libro calculan a otro " +
  "periodo que el de «Corte»: todas las cifras se marcan «Con errores». En Validar, «Corregir B7» la escribe de nuevo.";
const ENGLISH =
  "The CorteIndice cell (Configuración!B7) no longer holds its formula, so the workbook's formulas compute at " +
  "another period than the one in “Corte”: every figure is marked “With errors”. In Validate, “Fix B7” writes it back.";

async function planWithCutoffIndexTyped() {
  const excel = officeHost();
  const patch = layoutWorkbook(sampleTemplate());
  await excel.host.applyPatch(patch);
  await excel.host.applyPatch({
    sheets: [],
    definedNames: [],
    edits: [
      ...fillEdits(patch, { DJ: [validRow("A", [1, 0.2, null, null])] }),
      { sheet: "Configuración", cell: "B6", value: "T2" },
      { sheet: "Configuración", cell: "B7", value: 1 },
    ],
  });
  return excel;
}

const semaforo = (host: ReturnType<typeof officeHost>["host"], language: "es" | "en") =>
  renderPane(
    <SemaforoFlow
      operations={bindOperations(host)}
      periodLabels={["T1", "T2", "T3", "T4"]}
      cutoff="T2"
    />,
    language
  );

test("Semáforo warns with the cell and the fix, every figure marked; Validar's fix restores the figures", async () => {
  const { host } = await planWithCutoffIndexTyped();
  semaforo(host, "es");
  const institution = await screen.findByRole(
    "region",
    { name: "Institución · T2" },
    { timeout: 60_000 }
  );
  expect(screen.getByText(SPANISH)).toBeTruthy();
  // The number at Corte's T2, marked: never a bare "Amarillo 60,0%" beside a sheet that says Verde at T1.
  expect(within(institution).getByText("Con errores 60,0%")).toBeTruthy();
  const areas = screen.getByRole("region", { name: "Áreas" });
  expect(
    within(areas)
      .getAllByRole("listitem")
      .find((item) => item.textContent?.startsWith("Dirección Jurídica"))?.textContent
  ).toBe(
    "Dirección Jurídica Con errores 60,0% Con errores 1 fila con errores quedó fuera de las cifras; véala en Validar."
  );
  cleanup();

  semaforo(host, "en");
  await screen.findByText(ENGLISH, {}, { timeout: 60_000 });
  cleanup();

  renderPane(<ValidarFlow operations={bindOperations(host)} watchChanges={null} />);
  fireEvent.click(
    await screen.findByRole("button", { name: /^Configuración: / }, { timeout: 60_000 })
  );
  fireEvent.click(await screen.findByRole("button", { name: "Corregir B7" }));
  expect(await screen.findByText("Se corrigió 1 celda.", {}, { timeout: 60_000 })).toBeTruthy();
  expect((await host.readSnapshot()).names.CorteIndice).toMatchObject({
    formula: "MATCH(Corte,Periodos,0)",
  });
  cleanup();

  semaforo(host, "es");
  const after = await screen.findByRole(
    "region",
    { name: "Institución · T2" },
    { timeout: 60_000 }
  );
  expect(within(after).getByText("Amarillo 60,0%")).toBeTruthy();
  expect(screen.queryByText(SPANISH)).toBeNull();
});

test("an error value in CorteIndice (formula intact, «Listas» deleted) is worded as such, never as a lost formula", () => {
  // 1 row left out + CorteIndice, as `semaphoreErrors` counts them.
  const errors: SemaphoreErrors = {
    rows: 1,
    areas: 0,
    thresholds: 0,
    cutoffIndex: 1,
    cutoffIndexProblem: "error",
    total: 2,
  };
  renderPane(<CutoffIndexWarning errors={errors} />, "es");
  expect(
    screen.getByText(
      "La celda CorteIndice (Configuración!B7) conserva su fórmula pero da un valor de error, así que las fórmulas " +
        "del libro muestran errores: todas las cifras se marcan «Con errores». Suele pasar cuando se borró la hoja " +
        "oculta «Listas» o el nombre «Periodos»; restaure «Listas» desde una copia del libro original (o deshaga el " +
        "borrado) y las fórmulas volverán a calcular."
    )
  ).toBeTruthy();
  expect(screen.queryByText(SPANISH)).toBeNull();
  cleanup();
  renderPane(<CutoffIndexWarning errors={errors} />, "en");
  expect(
    screen.getByText(
      "The CorteIndice cell (Configuración!B7) still holds its formula but gives an error value, so the workbook's " +
        "formulas show errors: every figure is marked “With errors”. This usually happens when the hidden sheet " +
        "“Listas” or the name “Periodos” was deleted; restore “Listas” from a copy of the original workbook (or " +
        "undo the deletion) and the formulas will compute again."
    )
  ).toBeTruthy();
});
