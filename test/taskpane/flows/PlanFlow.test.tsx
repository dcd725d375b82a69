/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { PlanFlow } from "../../../src/taskpane/flows/Plan/PlanFlow";
import { GenerateRequest, UpgradeRequest } from "../../../src/operations/PlanOperations";
import { DEFAULT_TEMPLATE } from "../../../src/core/template/defaultTemplate";
import { fakeOperations } from "../fakeOperations";
import { renderPane } from "../renderPane";
import { sampleTemplate } from "../../support/sampleTemplate";
import { UpgradeReport } from "../../../src/core/upgrade/UpgradeReport";

const PASTED = [
  "Plan de Acción 2022",
  "Texto de introducción.",
  "3. MACROPROCESO MISIONAL",
  "3.1. DIRECCIÓN JURÍDICA",
  "• Mapear el litigio estratégico de las ciudades.",
  "• Asesorar jurídicamente a los asociados.",
  "4. MACROPROCESO DE APOYO",
  "4.1. SECRETARÍA GENERAL",
  "• Gestionar los recursos físicos.",
].join("\n");

function jsonFile(name: string, content: string): File {
  return new File([content], name, { type: "application/json" });
}

test("the embedded template: what it holds, then one generate with it", async () => {
  const operations = fakeOperations({ generate: async () => undefined });
  renderPane(<PlanFlow operations={operations} hasPlan={false} />);
  expect(
    screen.getByText(
      "Asociación Colombiana de Ciudades Capitales – Asocapitales, vigencia 2021: 4 macroprocesos, 17 áreas, 116 objetivos."
    )
  ).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Crear el plan en este libro" }));
  expect(await screen.findByText("Plan creado: 17 pestañas de áreas.")).toBeTruthy();
  const [request] = operations.requests("generate") as GenerateRequest[];
  expect(request.template).toBe(DEFAULT_TEMPLATE);
  expect(request.replaceExistingPlan).toBe(false);
  expect(operations.writes).toEqual(["generate"]);
});

test("pasted text: the tree and the unplaced lines are shown before anything is written", async () => {
  const operations = fakeOperations({ generate: async () => undefined });
  renderPane(<PlanFlow operations={operations} hasPlan={false} />);
  fireEvent.click(screen.getByRole("radio", { name: "Un plan pegado como texto" }));
  fireEvent.change(
    screen.getByRole("textbox", { name: "Texto del plan (secciones numeradas y viñetas)" }),
    { target: { value: PASTED } }
  );
  const preview = screen.getByLabelText("Vista previa");
  expect(preview.textContent?.split("\n")).toEqual([
    "Plan de acción 2022",
    "Macroprocesos: 2 · áreas: 2 · objetivos: 3",
    "  3. Macroproceso Misional [M] (línea 3)",
    "    3.1 Dirección Jurídica [DJ]: 2 objetivos (línea 4)",
    "  4. Macroproceso Apoyo [A] (línea 7)",
    "    4.1 Secretaría General [SG]: 1 objetivo (línea 8)",
    "Líneas no ubicadas (2):",
    "  línea 1 (antes de la primera sección): Plan de Acción 2022",
    "  línea 2 (antes de la primera sección): Texto de introducción.",
  ]);
  expect(operations.calls).toEqual([]);
  fireEvent.click(screen.getByRole("button", { name: "Crear el plan en este libro" }));
  expect(await screen.findByText("Plan creado: 2 pestañas de áreas.")).toBeTruthy();
  const [request] = operations.requests("generate") as GenerateRequest[];
  expect(request.template.year).toBe(2022);
  expect(request.template.macroprocesses.map((m) => m.areas.map((a) => a.code))).toEqual([
    ["DJ"],
    ["SG"],
  ]);
});

test("a workbook that has a plan is not overwritten until the user confirms", async () => {
  const operations = fakeOperations({ generate: async () => undefined });
  renderPane(<PlanFlow operations={operations} hasPlan={true} />);
  const create = screen.getByRole("button", { name: "Crear el plan en este libro" });
  expect((create as HTMLButtonElement).disabled).toBe(true);
  fireEvent.click(create);
  expect(operations.calls).toEqual([]);
  fireEvent.click(
    screen.getByRole("checkbox", { name: "Sí, reemplazar el plan que ya tiene este libro" })
  );
  expect((create as HTMLButtonElement).disabled).toBe(false);
  fireEvent.click(create);
  await screen.findByText("Plan creado: 17 pestañas de áreas.");
  expect((operations.requests("generate") as GenerateRequest[])[0].replaceExistingPlan).toBe(true);
});

test("a template file that is not a template says so and cannot be created", async () => {
  const operations = fakeOperations({});
  renderPane(<PlanFlow operations={operations} hasPlan={false} />);
  fireEvent.click(screen.getByRole("radio", { name: "Un archivo de plantilla (.json)" }));
  fireEvent.change(screen.getByLabelText("Archivo de plantilla"), {
    target: { files: [jsonFile("plantilla.json", "{ no es json")] },
  });
  expect(
    await screen.findByText(
      /^«plantilla\.json» no es una plantilla válida \(La plantilla no es JSON válido/
    )
  ).toBeTruthy();
  expect(
    (screen.getByRole("button", { name: "Crear el plan en este libro" }) as HTMLButtonElement)
      .disabled
  ).toBe(true);
});

/** What an upgrade reports: a column added, a user's chart moved, a chart on a rebuilt tab not carried. */
const REPORT: UpgradeReport = {
  templateId: "asocapitales-plan-accion",
  fromVersion: 1,
  toVersion: 2,
  addedAreas: [],
  addedColumns: ["Fuente"],
  addedListValues: [],
  addedObjectives: [],
  keptRows: 12,
  carriedUserColumns: [],
  carriedOutside: [],
  movedFormulas: [],
  movedNames: [],
  movedCharts: [{ sheet: "Mi hoja", charts: ["Cumplimiento DJ"] }],
  movedRuleFormulas: [],
  keptAreas: [],
  problems: [
    {
      code: "upgrade.drawingsNotCarried",
      params: { sheet: "3.1 Dirección Jurídica", count: 1, charts: 1 },
    },
  ],
};

test("upgrade: a newer version of the template file is applied with one upgrade", async () => {
  const operations = fakeOperations({
    upgrade: async () => ({ consolidated: false, report: REPORT }) as never,
  });
  renderPane(<PlanFlow operations={operations} hasPlan={true} />);
  const newer = sampleTemplate({ templateVersion: 2 });
  fireEvent.change(screen.getByLabelText("Plantilla nueva (.json)"), {
    target: { files: [jsonFile("v2.json", JSON.stringify(newer))] },
  });
  const upgrade = screen.getByRole("button", { name: "Actualizar el plan" });
  await waitFor(() => expect((upgrade as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(upgrade);
  expect(
    await screen.findByText(
      "Plan actualizado a la versión 2: se conservaron todas las celdas diligenciadas."
    )
  ).toBeTruthy();
  // What the CLI prints, the pane shows: what was done, then what to check.
  for (const line of [
    "Filas conservadas: 12, con todas sus celdas escritas y en su orden.",
    "Columnas nuevas en las tablas de área: Fuente.",
    "En «Mi hoja» el gráfico Cumplimiento DJ lee una pestaña de área reconstruida: sus series se ajustaron para seguir leyendo las mismas celdas, que cambiaron de columna.",
    "Revise esto:",
    "En «3.1 Dirección Jurídica» el objeto dibujado sobre la hoja (gráficos: 1) no pasó al libro actualizado (la pestaña se reconstruye con la nueva plantilla), y el archivo original lo conserva. Cópielo desde él a la pestaña nueva si lo necesita.",
  ])
    expect(screen.getByText(line)).toBeTruthy();
  expect((operations.requests("upgrade") as UpgradeRequest[])[0].template).toEqual(newer);
});
