/** @jest-environment jsdom */
/**
 * Plan › "Una matriz existente (.xlsx)": the six-layout corpus picked in the pane, read by the package layer, shown
 * (tree, columns with their selects, rows and columns not placed) before anything is written, and generated with the
 * hand-worked template; a column the headers do not name is mapped with its select.
 */
import "../textCodecInJsdom";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { PlanFlow } from "../../../src/taskpane/flows/Plan/PlanFlow";
import { GenerateRequest } from "../../../src/operations/PlanOperations";
import { fakeOperations } from "../fakeOperations";
import { renderPane } from "../renderPane";
import { Layout, LAYOUTS, sheetCorpus } from "../../support/sheetCorpus/buildSheetCorpus";
import {
  SHEET_CORPUS_EXPECTED,
  templateOutline,
  unplacedTail,
} from "../../support/sheetCorpus/sheetCorpusExpected";

let corpus: Record<Layout, string>;

beforeAll(async () => {
  // Shared with templateFromXlsx.test.ts: built once per run.
  corpus = await sheetCorpus();
}, 180_000);

function xlsxFile(file: string): File {
  return new File([readFileSync(file)], path.basename(file), {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

async function pickMatrix(file: string): Promise<void> {
  fireEvent.click(screen.getByRole("radio", { name: "Una matriz existente (.xlsx)" }));
  fireEvent.change(screen.getByLabelText("Matriz del plan anterior (.xlsx)"), {
    target: { files: [xlsxFile(file)] },
  });
  const year = await screen.findByRole("textbox", { name: "Vigencia del plan nuevo" });
  fireEvent.change(year, { target: { value: "2025" } });
}

const previewLines = (): string[] =>
  (screen.getByLabelText("Vista previa").textContent ?? "").split("\n");

test.each(LAYOUTS)(
  "layout %s: previewed, then generated with the hand-worked template",
  async (layout) => {
    const expected = SHEET_CORPUS_EXPECTED[layout];
    const operations = fakeOperations({ generate: async () => undefined });
    renderPane(<PlanFlow operations={operations} hasPlan={false} />);
    await pickMatrix(corpus[layout]);
    await waitFor(() => expect(previewLines()[0]).toBe("Plan de acción 2025"));
    for (const entry of expected.map) {
      const select = screen.getByRole("combobox", {
        name: `${entry.column} «${entry.header}»`,
      }) as HTMLSelectElement;
      expect(select.value).toBe("");
      fireEvent.change(select, { target: { value: "area" } });
      expect(select.selectedOptions[0].textContent).toBe(entry.label);
    }
    const lines = previewLines();
    expect(lines.filter((line) => line.startsWith("Hoja «"))).toEqual(expected.sheets);
    expect(lines.filter((line) => line.startsWith("Hojas sin fila"))).toEqual(
      expected.skipped ? [expected.skipped] : []
    );
    expect(unplacedTail(lines)).toEqual(expected.unplaced);
    expect(operations.calls).toEqual([]);

    fireEvent.click(screen.getByRole("button", { name: "Crear el plan en este libro" }));
    const areas = expected.macroprocesses.flatMap((macroprocess) => macroprocess.areas).length;
    expect(await screen.findByText(`Plan creado: ${areas} pestañas de áreas.`)).toBeTruthy();
    const [request] = operations.requests("generate") as GenerateRequest[];
    expect(request.template.year).toBe(2025);
    expect(templateOutline(request.template)).toEqual({
      periods: expected.periods,
      macroprocesses: expected.macroprocesses,
    });
  }
);

test("each column's select shows the field its header names; the sheet select reads one sheet", async () => {
  const operations = fakeOperations({ generate: async () => undefined });
  renderPane(<PlanFlow operations={operations} hasPlan={false} />);
  await pickMatrix(corpus.sheetPerArea);
  await waitFor(() => expect(previewLines()[0]).toBe("Plan de acción 2025"));
  const objective = screen.getAllByRole("combobox", { name: "A «Objetivo»" });
  expect(objective.map((select) => (select as HTMLSelectElement).value)).toEqual([
    "objective",
    "objective",
  ]);
  fireEvent.change(screen.getByRole("combobox", { name: "Hojas que se leen" }), {
    target: { value: "Comunicaciones" },
  });
  expect(previewLines().filter((line) => line.startsWith("Hoja «"))).toEqual([
    "Hoja «Comunicaciones»: encabezados en la fila 1",
  ]);
  fireEvent.click(screen.getByRole("button", { name: "Crear el plan en este libro" }));
  await screen.findByText("Plan creado: 1 pestaña de área.");
});

test("a matrix whose objectives column is left out cannot make a plan, and says why", async () => {
  const operations = fakeOperations({ generate: async () => undefined });
  renderPane(<PlanFlow operations={operations} hasPlan={false} />);
  await pickMatrix(corpus.oneSheetRow1);
  await waitFor(() => expect(previewLines()[0]).toBe("Plan de acción 2025"));
  fireEvent.change(screen.getByRole("combobox", { name: "C «Objetivo estratégico»" }), {
    target: { value: "" },
  });
  expect(previewLines().slice(-2)).toEqual([
    "Problemas que impiden crear la plantilla:",
    "  Se encontró la fila de encabezados, pero ninguna fila debajo tiene un objetivo con su área. Revise que la columna de objetivos y la de áreas (o una hoja por área) sean las correctas.",
  ]);
  expect(previewLines()).toContain("Filas no ubicadas (6):");
  expect(
    screen.getByText(
      "Con esta matriz no se puede crear el plan; revise los problemas o cambie las columnas."
    )
  ).toBeTruthy();
  const create = screen.getByRole("button", { name: "Crear el plan en este libro" });
  expect((create as HTMLButtonElement).disabled).toBe(true);
  // The column stays on screen: the user can give it back its field.
  fireEvent.change(screen.getByRole("combobox", { name: "C «Objetivo estratégico»" }), {
    target: { value: "objective" },
  });
  expect(previewLines()[1]).toBe("Macroprocesos: 2 · áreas: 3 · objetivos: 4");
  expect((create as HTMLButtonElement).disabled).toBe(false);
});

test("a file that is not a workbook is refused, saying what it is", async () => {
  const operations = fakeOperations({ generate: async () => undefined });
  renderPane(<PlanFlow operations={operations} hasPlan={false} />);
  fireEvent.click(screen.getByRole("radio", { name: "Una matriz existente (.xlsx)" }));
  fireEvent.change(screen.getByLabelText("Matriz del plan anterior (.xlsx)"), {
    target: { files: [new File(["Proceso;Objetivo\n"], "matriz.xlsx")] },
  });
  const bar = await screen.findByText(/^No se pudo leer «matriz.xlsx»: /);
  expect(bar.textContent).not.toMatch(/operation\./);
  expect(operations.calls).toEqual([]);
});

test("with the box ticked, the tabs start from what the rows planned", async () => {
  const operations = fakeOperations({ generate: async () => undefined });
  renderPane(<PlanFlow operations={operations} hasPlan={false} />);
  await pickMatrix(corpus.oneSheetRow1);
  await waitFor(() => expect(previewLines()[0]).toBe("Plan de acción 2025"));
  fireEvent.click(
    screen.getByRole("checkbox", {
      name: "Llevar también a las pestañas lo que planeaban las filas (actividad, indicador, meta, responsable, programación)",
    })
  );
  fireEvent.click(screen.getByRole("button", { name: "Crear el plan en este libro" }));
  await screen.findByText("Plan creado: 3 pestañas de áreas.");
  const [request] = operations.requests("generate") as GenerateRequest[];
  expect(
    Object.fromEntries(
      Object.entries(request.rows ?? {}).map(([code, rows]) => [code, rows.length])
    )
  ).toEqual({
    DJ: 3,
    DE: 1,
    SG: 1,
  });
  expect(request.rows?.SG).toEqual([
    {
      objective: "Gestionar los recursos físicos.",
      values: {
        Actividad: "Hacer el inventario",
        Indicador: "Inventario hecho",
        Responsable: "Secretario general",
        Meta: 1,
        "Programado T1": 0,
        "Programado T2": 0,
        "Programado T3": 0,
        "Programado T4": 1,
      },
    },
  ]);
});
