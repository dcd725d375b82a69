/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import App, { AppProps } from "../../src/taskpane/App";
import { PaneServices } from "../../src/taskpane/PaneServices";
import { ALL_SUPPORTED, checkRequirements } from "../../src/shells/office/requirementSets";
import { flowFromQuery } from "../../src/taskpane/flows/Flow";
import { paneLanguage } from "../../src/taskpane/texts/paneLanguage";
import { buildSnapshot } from "../support/buildSnapshot";
import { sampleTemplate } from "../support/sampleTemplate";
import { fakeOperations, FakeOperations } from "./fakeOperations";
import { workbookStatus } from "../../src/operations/describeWorkbook";
import { renderPane } from "./renderPane";
import { sampleValidation } from "./sampleResults";
import { WorkbookSnapshot } from "../../src/core/workbook/WorkbookSnapshot";

/** The sample plan (3 areas) at T2 with one row of DJ filled in. */
const PLAN = buildSnapshot(
  sampleTemplate(),
  { DJ: [{ Actividad: "Mapear procesos", Meta: 4 }] },
  { cutoff: "T2" }
);

function services(operations: FakeOperations): PaneServices {
  return {
    operations,
    workbook: null,
    readAreaWorkbook: async () => {
      throw new Error("not in this test");
    },
    watchChanges: null,
    downloadsBlocked: false,
  };
}

function renderApp(overrides: Partial<AppProps> = {}, snapshot: WorkbookSnapshot = PLAN) {
  const operations = fakeOperations({
    describeWorkbook: async () => workbookStatus(snapshot),
    validate: async () => sampleValidation(),
  });
  renderPane(
    <App
      version="9.8.7"
      runsIn="excel"
      services={services(operations)}
      requirements={ALL_SUPPORTED}
      initialFlow="inicio"
      initialLanguage="es"
      {...overrides}
    />
  );
  return operations;
}

test("the heading, the version and where it runs", async () => {
  renderApp({ runsIn: "browser" });
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Plan de Acción");
  expect(screen.getByTestId("version").textContent).toBe("Versión 9.8.7");
  expect(screen.getByTestId("runs-in").textContent).toBe(
    "Ejecutándose en un navegador, fuera de Excel."
  );
  await screen.findByText("Siguiente paso:");
});

test("Inicio says what the workbook is and the next step", async () => {
  const operations = renderApp();
  const facts = await screen.findByRole("list", { name: "Inicio" });
  expect(
    within(facts)
      .getAllByRole("listitem")
      .map((item) => item.textContent)
  ).toEqual([
    "Plantilla «sample-plan», versión 1",
    "Vigencia 2021",
    "Corte: T2",
    "1 de 3 áreas con filas diligenciadas",
    "Aún no se ha consolidado.",
  ]);
  expect(screen.getByText("Valide las áreas y corrija lo que se pueda.")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Ir a Validar" }));
  expect(await screen.findByRole("heading", { name: "Validar", level: 2 })).toBeTruthy();
  expect(operations.requests("validate")).toEqual([{}]);
});

test("a workbook without a plan: Inicio says so and leads to Plan", async () => {
  renderApp({}, { sheets: [{ name: "Hoja1", visibility: "visible" }], tables: [], names: {} });
  expect(await screen.findByText("Este libro todavía no tiene un Plan de Acción.")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Ir a Plan" }));
  expect(
    await screen.findByRole("heading", { name: "Plan", level: 2 }, { timeout: 10_000 })
  ).toBeTruthy();
});

test("one tab per flow; a ribbon button's ?flow= opens that flow", async () => {
  renderApp({ initialFlow: flowFromQuery("?flow=validar") });
  const tabs = screen.getByRole("tablist", { name: "Pasos del plan" });
  const names = ["Inicio", "Plan", "Validar", "Semáforo", "Consolidar", "Informe"];
  expect(within(tabs).getAllByRole("tab")).toHaveLength(names.length);
  for (const name of names) expect(within(tabs).getByRole("tab", { name })).toBeTruthy();
  expect(within(tabs).getByRole("tab", { name: "Validar" }).getAttribute("aria-selected")).toBe(
    "true"
  );
  expect(await screen.findByRole("heading", { name: "Validar", level: 2 })).toBeTruthy();
  expect(flowFromQuery("?flow=nada")).toBe("inicio");
  expect(flowFromQuery("")).toBe("inicio");
});

test("the language switch turns the whole pane to English and back", async () => {
  renderApp();
  await screen.findByText("Siguiente paso:");
  fireEvent.change(screen.getByRole("combobox", { name: "Idioma" }), { target: { value: "en" } });
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Action Plan");
  expect(screen.getByRole("tab", { name: "Validate" })).toBeTruthy();
  expect(screen.getByText("Validate the areas and fix what can be fixed.")).toBeTruthy();
  expect(document.documentElement.lang).toBe("en");
  fireEvent.change(screen.getByRole("combobox", { name: "Language" }), { target: { value: "es" } });
  expect(screen.getByRole("tab", { name: "Validar" })).toBeTruthy();
  expect(document.documentElement.lang).toBe("es-CO");
});

test("Office's display language picks the first language: English for en-*, Spanish otherwise", () => {
  expect(paneLanguage("en-US")).toBe("en");
  expect(paneLanguage("en-GB")).toBe("en");
  expect(paneLanguage("es-CO")).toBe("es");
  expect(paneLanguage("es-ES")).toBe("es");
  expect(paneLanguage("fr-FR")).toBe("es");
  expect(paneLanguage(null)).toBe("es");
});

test("a feature whose requirement set is missing is off, with the reason and the Office version", async () => {
  const asked: string[] = [];
  const requirements = checkRequirements((set, version) => {
    asked.push(`${set} ${version}`);
    return version !== "1.14";
  });
  expect(asked.sort()).toEqual(["ExcelApi 1.14", "ExcelApi 1.9"]);
  renderApp({ requirements, initialFlow: "validar" });
  expect(
    screen.getByText(
      "Volver a validar al editar las pestañas de las áreas: no disponible en esta versión de Excel (requiere ExcelApi 1.14, incluida en Office 2021 o Microsoft 365 (versión 2108 o posterior))."
    )
  ).toBeTruthy();
  await screen.findByRole("heading", { name: "Validar", level: 2 });
  expect(screen.queryByText("Se vuelve a validar cuando cambia una pestaña de área.")).toBeNull();
});

test("inside Excel, Validar keeps a visible Revisar de nuevo (Excel misses some edits); it validates again", async () => {
  const operations = renderApp({ initialFlow: "validar" });
  const button = await screen.findByRole("button", { name: "Revisar de nuevo" });
  expect(
    screen.getByText(
      "Excel no avisa de todos los cambios (por ejemplo, lo elegido en una lista desplegable en Excel en la Web): después de editar, use Revisar de nuevo."
    )
  ).toBeTruthy();
  await waitFor(() => expect(button.hasAttribute("disabled")).toBe(false));
  const before = operations.calls.filter((call) => call.operation === "validate").length;
  fireEvent.click(button);
  await waitFor(() =>
    expect(operations.calls.filter((call) => call.operation === "validate").length).toBe(before + 1)
  );
});

test("outside Excel the same button reads Validar el libro, with no hint", async () => {
  renderApp({ runsIn: "browser", initialFlow: "validar" });
  await screen.findByRole("button", { name: "Validar el libro" });
  expect(screen.queryByRole("button", { name: "Revisar de nuevo" })).toBeNull();
});

test("without the pane's own requirement set, it explains instead of running", () => {
  const operations = renderApp({ requirements: checkRequirements(() => false) });
  expect(
    screen.getByText(
      "Esta versión de Excel no tiene ExcelApi 1.9, que el panel necesita. Actualice a Office 2021 o Microsoft 365 (versión 1903 o posterior)."
    )
  ).toBeTruthy();
  expect(screen.queryByRole("tablist")).toBeNull();
  expect(operations.calls).toEqual([]);
});

test("when no workbook host could be loaded, the pane says which part is missing", () => {
  renderPane(
    <App
      version="1.0.0"
      runsIn="browser"
      services={null}
      hostProblem="src/shells/memory/MemoryHost.ts (MemoryHost)"
      requirements={ALL_SUPPORTED}
      initialFlow="inicio"
      initialLanguage="es"
    />
  );
  expect(
    screen.getByText(
      "Este panel no tiene acceso a un libro en esta compilación: src/shells/memory/MemoryHost.ts (MemoryHost)."
    )
  ).toBeTruthy();
});
