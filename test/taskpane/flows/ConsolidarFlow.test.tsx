/** @jest-environment jsdom */
import "../textCodecInJsdom";
import { fireEvent, screen, within } from "@testing-library/react";
import { ConsolidarFlow } from "../../../src/taskpane/flows/Consolidar/ConsolidarFlow";
import { ConsolidateRequest, ImportRequest } from "../../../src/operations/PlanOperations";
import { WorkbookSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";
import { OperationError } from "../../../src/operations/OperationError";
import { fakeOperations } from "../fakeOperations";
import { sampleConsolidation, sampleImport } from "../sampleResults";
import { renderPane } from "../renderPane";
import { readImportedWorkbook } from "../../../src/shells/memory/readImportedWorkbook";

const AREA_SNAPSHOT: WorkbookSnapshot = { sheets: [], tables: [], names: {} };

test("area workbooks from disk are read in the pane, imported after the per-area question, then the tabs consolidated", async () => {
  const read: [number[], string][] = [];
  let answers = 0;
  const operations = fakeOperations({
    importAreas: async () => sampleImport(answers++ === 0 ? "refused" : "imported"),
    consolidate: async () => sampleConsolidation(),
  });
  renderPane(
    <ConsolidarFlow
      operations={operations}
      readAreaWorkbook={async (bytes, file) => {
        read.push([Array.from(bytes), file]);
        return AREA_SNAPSHOT;
      }}
      today={() => "2021-07-05"}
    />
  );
  fireEvent.change(screen.getByLabelText("Libros de las áreas devueltos por correo"), {
    target: { files: [new File([new Uint8Array([80, 75, 3, 4])], "secretaria.xlsx")] },
  });
  expect(await screen.findByText("secretaria.xlsx: leído")).toBeTruthy();
  expect(read).toEqual([[[80, 75, 3, 4], "secretaria.xlsx"]]);
  expect(operations.calls).toEqual([]);

  fireEvent.click(screen.getByRole("button", { name: "Importar a las pestañas" }));
  const question = await screen.findByRole("radiogroup", {
    name: "SG Secretaría General: la pestaña «4.1 Secretaría» tiene 1 valor escrito distinto de «secretaria.xlsx» (el primero: SG-01, Actividad).",
  });
  // Consolidar waits for the answer.
  expect((screen.getByRole("button", { name: "Consolidar" }) as HTMLButtonElement).disabled).toBe(
    true
  );
  fireEvent.click(within(question).getByRole("radio", { name: "Reemplazar con el archivo" }));
  fireEvent.click(screen.getByRole("button", { name: "Importar" }));
  expect(await screen.findByText("1 área importada a su pestaña.")).toBeTruthy();
  expect(operations.requests("importAreas") as ImportRequest[]).toEqual([
    {
      imports: [{ file: "secretaria.xlsx", snapshot: AREA_SNAPSHOT }],
      replace: [],
      keep: [],
      today: "2021-07-05",
    },
    {
      imports: [{ file: "secretaria.xlsx", snapshot: AREA_SNAPSHOT }],
      replace: ["SG"],
      keep: [],
      today: "2021-07-05",
    },
  ]);
  expect(
    screen.getByText(
      "SG Secretaría General: 3 filas de «secretaria.xlsx» en la pestaña «4.1 Secretaría»"
    )
  ).toBeTruthy();
  expect(
    screen.getByText(
      "Área SG: 1 valor escrito se reemplazó; queda en «Registro» con su valor anterior."
    )
  ).toBeTruthy();

  fireEvent.click(screen.getByRole("button", { name: "Consolidar" }));
  expect(
    await screen.findByText("Matriz consolidada al corte T2: 3 filas de 2 áreas.")
  ).toBeTruthy();
  // Consolidation reads the tabs only: no file goes with it.
  expect(operations.requests("consolidate") as ConsolidateRequest[]).toEqual([
    { today: "2021-07-05" },
  ]);
  const sources = screen.getByRole("region", { name: "De qué pestaña salió cada área" });
  expect(
    within(sources)
      .getAllByRole("listitem")
      .map((item) => item.textContent)
  ).toEqual([
    "DJ: pestaña «3.1 Jurídica» de este libro",
    "SG: pestaña «4.1 Secretaría» de este libro",
  ]);
});

test("Conservar keeps the tab: the area goes in `keep`", async () => {
  const operations = fakeOperations({
    importAreas: async (request) =>
      request.keep?.length
        ? { ...sampleImport("imported"), imported: [], findings: [], replaced: [], written: false }
        : sampleImport("refused"),
  });
  renderPane(
    <ConsolidarFlow
      operations={operations}
      readAreaWorkbook={async () => AREA_SNAPSHOT}
      today={() => "2021-07-05"}
    />
  );
  fireEvent.change(screen.getByLabelText("Libros de las áreas devueltos por correo"), {
    target: { files: [new File(["x"], "secretaria.xlsx")] },
  });
  await screen.findByText("secretaria.xlsx: leído");
  fireEvent.click(screen.getByRole("button", { name: "Importar a las pestañas" }));
  fireEvent.click(await screen.findByRole("radio", { name: "Conservar la pestaña" }));
  fireEvent.click(screen.getByRole("button", { name: "Importar" }));
  expect(await screen.findByText("No se importó ningún área.")).toBeTruthy();
  expect((operations.requests("importAreas") as ImportRequest[])[1]).toMatchObject({
    replace: [],
    keep: ["SG"],
  });
});

test("a file that cannot be read is named with its reason in plain words, left out, and can be removed", async () => {
  const operations = fakeOperations({ importAreas: async () => sampleImport("imported") });
  renderPane(
    <ConsolidarFlow
      operations={operations}
      readAreaWorkbook={async (_, file) => {
        if (file === "vacio.xlsx") throw new OperationError("operation.fileEmpty", { path: file });
        if (file === "notas.xlsx") throw new Error("no es un archivo zip");
        return AREA_SNAPSHOT;
      }}
      today={() => "2021-07-05"}
    />
  );
  fireEvent.change(screen.getByLabelText("Libros de las áreas devueltos por correo"), {
    target: {
      files: [
        new File([""], "vacio.xlsx"),
        new File(["hola"], "notas.xlsx"),
        new File(["x"], "secretaria.xlsx"),
      ],
    },
  });
  const empty =
    "«vacio.xlsx» está vacío (0 bytes): no es un libro de Excel. Cópielo de nuevo desde el original o pida que se lo reenvíen.";
  const notZip =
    "No se pudo leer «notas.xlsx» (no es un archivo zip). Ábralo en Excel, guárdelo como Libro de Excel (.xlsx) y elíjalo de nuevo.";
  expect(await screen.findByText(empty)).toBeTruthy();
  expect(screen.getByText(notZip)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Importar a las pestañas" }));
  await screen.findByText("1 área importada a su pestaña.");
  expect((operations.requests("importAreas") as ImportRequest[])[0].imports).toEqual([
    { file: "secretaria.xlsx", snapshot: AREA_SNAPSHOT },
  ]);
  const unreadable = screen.getByRole("region", { name: "Archivos que no se pudieron leer" });
  expect(
    within(unreadable)
      .getAllByRole("listitem")
      .map((item) => item.textContent)
  ).toEqual([empty, notZip]);
  fireEvent.click(screen.getByRole("button", { name: "Quitar notas.xlsx" }));
  expect(screen.queryByText(/notas\.xlsx/)).toBeNull();
});

test("files that are not area workbooks get each its own sentence, saying what to do, never a code", async () => {
  const { zipSync, strToU8 } = await import("fflate");
  const zip = zipSync({ "xl/workbook.xml": strToU8("<workbook>".padEnd(4000, " ")) });
  const files = [
    new File([], "vacio.xlsx"),
    new File(["ID;Meta\nDJ-01;12\n"], "datos.xlsx"),
    new File(["<!DOCTYPE html><html><body><table></table></body></html>"], "reporte.xlsx"),
    new File([zip.slice(0, Math.floor(zip.length / 2))], "truncado.xlsx"),
  ];
  renderPane(
    <ConsolidarFlow
      operations={fakeOperations({})}
      readAreaWorkbook={async (bytes, file) => (await readImportedWorkbook(bytes, file)).snapshot}
      today={() => "2021-07-05"}
    />
  );
  fireEvent.change(screen.getByLabelText("Libros de las áreas devueltos por correo"), {
    target: { files },
  });
  for (const sentence of [
    "«vacio.xlsx» está vacío (0 bytes): no es un libro de Excel. Cópielo de nuevo desde el original o pida que se lo reenvíen.",
    "«datos.xlsx» es un archivo de texto (CSV o similar), no un libro de Excel. Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
    "«reporte.xlsx» es una página HTML con nombre de archivo de Excel (así exportan algunos sistemas). Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
    "«truncado.xlsx» está incompleto: el archivo se cortó al copiarlo o descargarlo. Cópielo o descárguelo de nuevo desde el original.",
  ])
    expect(await screen.findByText(sentence)).toBeTruthy();
  expect(screen.queryByText(/operation\./)).toBeNull();
});

test("a Matriz consolidated over an overwritten CorteIndice says so, with the cell and the fix", async () => {
  const consolidation = sampleConsolidation();
  consolidation.semaphore = {
    ...consolidation.semaphore,
    cutoffIndexErrors: 1,
    cutoffIndexProblem: "overwritten",
  };
  const operations = fakeOperations({ consolidate: async () => consolidation });
  renderPane(
    <ConsolidarFlow
      operations={operations}
      readAreaWorkbook={async () => AREA_SNAPSHOT}
      today={() => "2021-07-05"}
    />
  );
  fireEvent.click(screen.getByRole("button", { name: "Consolidar" }));
  expect(
    await screen.findByText(
      "La celda CorteIndice (Configuración!B7) ya no tiene su fórmula, así que las fórmulas del libro calculan a " +
        "otro periodo que el de «Corte»: todas las cifras se marcan «Con errores». En Validar, «Corregir B7» la " +
        "escribe de nuevo."
    )
  ).toBeTruthy();
});
