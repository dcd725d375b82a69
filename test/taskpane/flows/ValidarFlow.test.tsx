/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { ValidarFlow } from "../../../src/taskpane/flows/Validar/ValidarFlow";
import { REVALIDATE_DELAY_MS } from "../../../src/taskpane/flows/Validar/useValidarFlow";
import { ValidationReport } from "../../../src/core/validation/ValidationReport";
import { fakeOperations } from "../fakeOperations";
import { renderPane } from "../renderPane";
import { sampleValidation } from "../sampleResults";

/** Opens an area's group of issues, as a user does (every group starts collapsed). */
async function openArea(sheet: string): Promise<void> {
  const header = await screen.findByRole("button", {
    name: new RegExp(`^${sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `),
  });
  fireEvent.click(header);
}

function afterFixingK8(): ValidationReport {
  const report = sampleValidation();
  report.issues = report.issues.filter((issue) => issue.cell !== "K8");
  report.summary = { ...report.summary, errors: 2, fixable: 1 };
  return report;
}

test("validates on open: the summary per area first, then the issues by area and kind, collapsed", async () => {
  const operations = fakeOperations({ validate: async () => sampleValidation() });
  renderPane(<ValidarFlow operations={operations} watchChanges={null} />);

  expect(
    await screen.findByText("3 errores y 1 advertencia en 2 áreas (2 con corrección automática).")
  ).toBeTruthy();
  const summary = screen.getAllByRole("list")[0];
  expect(
    within(summary)
      .getAllByRole("listitem")
      .map((item) => item.textContent)
  ).toEqual([
    "Dirección Jurídica: 3 errores, 0 advertencias",
    "Secretaría General: 0 errores, 1 advertencia · 2 filas sin diligenciar",
  ]);
  // Collapsed: the areas' headers say what each holds, no issue is listed yet.
  expect(screen.queryByRole("button", { name: /^Ir a / })).toBeNull();
  await openArea("3.1 Jurídica");
  await openArea("4.1 Secretaría");
  const dj = screen.getByRole("region", { name: "3.1 Jurídica" });
  expect(within(dj).getAllByRole("listitem")).toHaveLength(3);
  // By kind: the two numbers typed as text, then the empty required field.
  expect(
    within(dj)
      .getAllByRole("heading", { level: 5 })
      .map((heading) => heading.textContent)
  ).toEqual(["Números escritos como texto (2)", "Campos obligatorios vacíos (1)"]);
  expect(within(dj).getAllByText("Error")).toHaveLength(3);
  const sg = screen.getByRole("region", { name: "4.1 Secretaría" });
  expect(within(sg).getByText("Advertencia")).toBeTruthy();
  expect(operations.requests("validate")).toEqual([{}]);
});

test("a click on an issue selects its cell", async () => {
  const operations = fakeOperations({ validate: async () => sampleValidation() });
  renderPane(<ValidarFlow operations={operations} watchChanges={null} />);
  await openArea("3.1 Jurídica");
  const button = await screen.findByRole("button", {
    name: /^Ir a 3\.1 Jurídica!Y8: Falta «Responsable» en Y8/,
  });
  fireEvent.click(button);
  expect(operations.calls.filter((call) => call.operation === "selectCell")).toEqual([
    { operation: "selectCell", args: ["3.1 Jurídica", "Y8"] },
  ]);
});

test("one fix writes only that cell; the list shows the report after the fix", async () => {
  const operations = fakeOperations({
    validate: async () => sampleValidation(),
    fix: async () => ({
      edits: [{ sheet: "3.1 Jurídica", cell: "K8", value: 0.8 }],
      before: sampleValidation(),
      after: afterFixingK8(),
    }),
  });
  renderPane(<ValidarFlow operations={operations} watchChanges={null} />);
  await openArea("3.1 Jurídica");
  fireEvent.click(await screen.findByRole("button", { name: "Corregir K8" }));
  expect(await screen.findByText("Se corrigió 1 celda.")).toBeTruthy();
  expect(operations.requests("fix")).toEqual([{ only: ["3.1 Jurídica!K8"] }]);
  expect(screen.queryByRole("button", { name: "Corregir K8" })).toBeNull();
  expect(screen.getByRole("button", { name: "Corregir K9" })).toBeTruthy();
  expect(operations.writes).toEqual(["fix"]);
});

test("'fix all of this kind' sends every fixable cell of that code, once", async () => {
  const operations = fakeOperations({
    validate: async () => sampleValidation(),
    fix: async () => ({ edits: [], before: sampleValidation(), after: sampleValidation() }),
  });
  renderPane(<ValidarFlow operations={operations} watchChanges={null} />);
  await openArea("3.1 Jurídica");
  await openArea("4.1 Secretaría");
  const all = await screen.findAllByRole("button", { name: "Corregir las 2 de este tipo" });
  expect(all).toHaveLength(1);
  fireEvent.click(all[0]);
  await screen.findByText("Se corrigieron 0 celdas.");
  expect(operations.requests("fix")).toEqual([{ only: ["3.1 Jurídica!K8", "3.1 Jurídica!K9"] }]);
});

test("edits re-validate once, after the quiet period", async () => {
  jest.useFakeTimers();
  try {
    const listeners: (() => void)[] = [];
    const operations = fakeOperations({ validate: async () => sampleValidation() });
    renderPane(
      <ValidarFlow
        operations={operations}
        watchChanges={(listener) => {
          listeners.push(listener);
          return () => listeners.splice(listeners.indexOf(listener), 1);
        }}
      />
    );
    await act(async () => undefined);
    expect(operations.requests("validate")).toHaveLength(1);
    expect(screen.getByText("Se vuelve a validar cuando cambia una pestaña de área.")).toBeTruthy();
    act(() => {
      for (let i = 0; i < 5; i++) listeners.forEach((listener) => listener());
    });
    await act(async () => {
      jest.advanceTimersByTime(REVALIDATE_DELAY_MS - 1);
    });
    expect(operations.requests("validate")).toHaveLength(1);
    await act(async () => {
      jest.advanceTimersByTime(1);
    });
    expect(operations.requests("validate")).toHaveLength(2);
  } finally {
    jest.useRealTimers();
  }
});

test("long work shows its step and a Cancelar that leaves the workbook as it was", async () => {
  const operations = fakeOperations({
    validate: async () => sampleValidation(),
    fix: async () => ({ edits: [], before: sampleValidation(), after: sampleValidation() }),
  });
  renderPane(<ValidarFlow operations={operations} watchChanges={null} />);
  await openArea("3.1 Jurídica");
  const fix = await screen.findByRole("button", { name: "Corregir K8" });
  const held = operations.holdAtWrite();
  fireEvent.click(fix);
  expect(await screen.findByText("Progreso: Calculando")).toBeTruthy();
  expect(screen.getByRole("progressbar")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Cancelar" }));
  held.release(); // the operation reaches its next step, sees the signal and stops before writing
  expect(await screen.findByText("Se canceló. El libro quedó como estaba.")).toBeTruthy();
  expect(operations.writes).toEqual([]);
});

test("a failure says what happened, in the pane", async () => {
  const operations = fakeOperations({
    validate: async () => {
      throw new Error("el libro no tiene la hoja Configuración");
    },
  });
  renderPane(<ValidarFlow operations={operations} watchChanges={null} />);
  await waitFor(() =>
    expect(
      screen.getByText(
        "No se pudo terminar: el libro no tiene la hoja Configuración. El libro quedó como estaba."
      )
    ).toBeTruthy()
  );
});

test("in English, the same flow speaks English", async () => {
  const operations = fakeOperations({ validate: async () => sampleValidation() });
  renderPane(<ValidarFlow operations={operations} watchChanges={null} />, "en");
  expect(
    await screen.findByText("3 errors and 1 warning in 2 areas (2 fixable automatically).")
  ).toBeTruthy();
  await openArea("3.1 Jurídica");
  expect(await screen.findByRole("button", { name: "Fix K8" })).toBeTruthy();
});

test("a fix is confirmed in the area's group where it was clicked, announced, and focus stays there", async () => {
  const operations = fakeOperations({
    validate: async () => sampleValidation(),
    fix: async () => ({
      edits: [{ sheet: "3.1 Jurídica", cell: "K8", value: 0.8 }],
      before: sampleValidation(),
      after: afterFixingK8(),
    }),
  });
  renderPane(<ValidarFlow operations={operations} watchChanges={null} />);
  await openArea("3.1 Jurídica");
  await openArea("4.1 Secretaría");
  fireEvent.click(await screen.findByRole("button", { name: "Corregir K8" }));
  const dj = screen.getByRole("region", { name: "3.1 Jurídica" });
  const notice = await within(dj).findByText("Se corrigió 1 celda.");
  const live = notice.closest("[aria-live]");
  expect(live?.getAttribute("aria-live")).toBe("polite");
  expect(live?.contains(document.activeElement)).toBe(true);
  // In the fixed issue's place: first in its kind's list, before K9.
  const kind = within(dj).getByRole("region", { name: "Números escritos como texto" });
  const items = within(kind).getAllByRole("listitem");
  expect(items[0].textContent).toBe("Se corrigió 1 celda.");
  expect(items[1].textContent).toMatch(/^Error.*K9/);
  // Not at the top of the flow, off screen above the list.
  const sg = screen.getByRole("region", { name: "4.1 Secretaría" });
  expect(within(sg).queryByText("Se corrigió 1 celda.")).toBeNull();
  expect(screen.getAllByText("Se corrigió 1 celda.")).toHaveLength(1);
});
