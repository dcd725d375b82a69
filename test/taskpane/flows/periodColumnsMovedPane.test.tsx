/**
 * @jest-environment jsdom
 *
 * The pane's Validar on a plan whose T_DJ has Ejecutado T2 and Ejecutado T3 swapped (SPEC §5.1): the core's report
 * lists the error under the area, by its kind, and a click selects the header cell of the column out of place.
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { ValidarFlow } from "../../../src/taskpane/flows/Validar/ValidarFlow";
import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import { buildSnapshot } from "../../support/buildSnapshot";
import { sampleTemplate } from "../../support/sampleTemplate";
import { swapColumns, tableOf } from "../../core/validation/tableEdits";
import { fakeOperations } from "../fakeOperations";
import { renderPane } from "../renderPane";

function swappedReport() {
  const snapshot = buildSnapshot(
    sampleTemplate(),
    { DJ: [{ ID: "DJ-01", Actividad: "Actividad", "Programado T1": 1, "Ejecutado T1": 1 }] },
    { cutoff: "T2" }
  );
  swapColumns(tableOf(snapshot, "DJ"), "Ejecutado T2", "Ejecutado T3");
  return validateWorkbook(snapshot);
}

test("Validar lists the period columns out of place under the area, and a click selects the column's header", async () => {
  const operations = fakeOperations({ validate: async () => swappedReport() });
  renderPane(<ValidarFlow operations={operations} watchChanges={null} />);
  const header = await screen.findByRole("button", { name: /^3\.1 Dirección Jurídica: / });
  fireEvent.click(header);
  const dj = screen.getByRole("region", { name: "3.1 Dirección Jurídica" });
  expect(
    within(dj)
      .getAllByRole("heading", { level: 5 })
      .map((heading) => heading.textContent)
  ).toContain("Columnas de periodos fuera de su lugar (1)");
  fireEvent.click(
    within(dj).getByRole("button", {
      name: /^Ir a 3\.1 Dirección Jurídica!Q7: En la hoja «3\.1 Dirección Jurídica», las columnas «Ejecutado T1» a «Ejecutado T4» de la tabla T_DJ no están en orden/,
    })
  );
  expect(operations.calls.filter((call) => call.operation === "selectCell")).toEqual([
    { operation: "selectCell", args: ["3.1 Dirección Jurídica", "Q7"] },
  ]);
});
