/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { SemaforoFlow } from "../../../src/taskpane/flows/Semaforo/SemaforoFlow";
import { SemaphoreRequest } from "../../../src/operations/PlanOperations";
import { fakeOperations } from "../fakeOperations";
import { renderPane } from "../renderPane";
import { sampleSemaphore } from "../sampleResults";

const LABELS = ["T1", "T2", "T3", "T4"];

function setUp() {
  const operations = fakeOperations({
    semaphore: async (request: SemaphoreRequest) => sampleSemaphore(request.cutoff ?? "T2"),
  });
  renderPane(
    <SemaforoFlow operations={operations} periodLabels={LABELS} cutoff="T2" onChanged={() => {}} />
  );
  return operations;
}

test("opens on the workbook's cut-off without writing it", async () => {
  const operations = setUp();
  await screen.findByRole("heading", { name: "Institución · T2" });
  expect(operations.requests("semaphore")).toEqual([{}]);
  expect(operations.writes).toEqual([]);
  const cutoff = screen.getByRole("combobox", { name: "Periodo de corte" }) as HTMLSelectElement;
  expect(cutoff.value).toBe("T2");
  expect(Array.from(cutoff.options).map((option) => option.value)).toEqual(LABELS);
});

test("figures are badges with the band's word and the number, not colour alone", async () => {
  setUp();
  const institution = await screen.findByRole("region", { name: "Institución · T2" });
  expect(within(institution).getByText("Verde 85,0%")).toBeTruthy();
  const areas = screen.getByRole("region", { name: "Áreas" });
  expect(
    within(areas)
      .getAllByRole("listitem")
      .map((item) => item.textContent)
  ).toEqual([
    "Dirección Jurídica Amarillo 70,0%",
    "Secretaría General Verde 100,0% Con errores 1 fila con errores quedó fuera de las cifras; véala en Validar.",
  ]);
  const macro = screen.getByRole("region", { name: "Macroprocesos" });
  expect(within(macro).getByText("Amarillo 70,0%")).toBeTruthy();
  // Each badge carries an icon beside its word.
  expect(within(institution).getByText("Verde 85,0%").querySelector("svg")).not.toBeNull();
});

test("rows in red, over-executed and with errors are each a click from their row", async () => {
  const operations = setUp();
  const red = await screen.findByRole("region", { name: "Filas en rojo (1)" });
  fireEvent.click(within(red).getByRole("button", { name: "DJ-02 (3.1 Jurídica!A9): 40,0%" }));
  const over = screen.getByRole("region", { name: "Filas sobreejecutadas (1)" });
  fireEvent.click(within(over).getByRole("button", { name: "SG-01 (4.1 Secretaría!A8): 150,0%" }));
  const errors = screen.getByRole("region", { name: "Filas con errores (fuera del cálculo) (1)" });
  expect(
    within(errors).getByRole("button", { name: "SG-02 (4.1 Secretaría!A9): #REF!" })
  ).toBeTruthy();
  expect(
    operations.calls.filter((call) => call.operation === "selectCell").map((call) => call.args)
  ).toEqual([
    ["3.1 Jurídica", "A9"],
    ["4.1 Secretaría", "A8"],
  ]);
});

test("choosing a cut-off and computing writes Corte once", async () => {
  const operations = setUp();
  await screen.findByRole("heading", { name: "Institución · T2" });
  fireEvent.change(screen.getByRole("combobox", { name: "Periodo de corte" }), {
    target: { value: "T3" },
  });
  fireEvent.click(screen.getByRole("button", { name: "Calcular el semáforo" }));
  await screen.findByRole("heading", { name: "Institución · T3" });
  expect(operations.requests("semaphore")).toEqual([{}, { cutoff: "T3", writeCutoff: true }]);
  expect(operations.writes).toEqual(["semaphore"]);
});

test("a cut-off chosen while the opening figures are still being read stays chosen", async () => {
  // The opening reading (at the workbook's T2) is slow, as on a first open when the operation's code is fetched;
  // the user picks T3 meanwhile. When that reading ends, T3 must still be the choice, and Calcular must compute T3.
  let openingDone = (): void => undefined;
  const opening = new Promise<void>((resolve) => (openingDone = resolve));
  const operations = fakeOperations({
    semaphore: async (request: SemaphoreRequest) => {
      if (request.cutoff === undefined) await opening;
      return sampleSemaphore(request.cutoff ?? "T2");
    },
  });
  renderPane(
    <SemaforoFlow operations={operations} periodLabels={LABELS} cutoff="T2" onChanged={() => {}} />
  );
  const cutoff = screen.getByRole("combobox", { name: "Periodo de corte" }) as HTMLSelectElement;
  fireEvent.change(cutoff, { target: { value: "T3" } });
  openingDone();
  await screen.findByRole("heading", { name: "Institución · T2" });
  expect(cutoff.value).toBe("T3");
  fireEvent.click(screen.getByRole("button", { name: "Calcular el semáforo" }));
  await screen.findByRole("heading", { name: "Institución · T3" });
  expect(operations.requests("semaphore")).toEqual([{}, { cutoff: "T3", writeCutoff: true }]);
});
