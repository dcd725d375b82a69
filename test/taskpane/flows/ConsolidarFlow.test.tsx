/** @jest-environment jsdom */
import "../textCodecInJsdom";
import { fireEvent, screen, within } from "@testing-library/react";
import { ConsolidarFlow } from "../../../src/taskpane/flows/Consolidar/ConsolidarFlow";
import { ConsolidateRequest } from "../../../src/operations/PlanOperations";
import { WorkbookSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";
import { fakeOperations } from "../fakeOperations";
import { sampleConsolidation } from "../sampleResults";
import { renderPane } from "../renderPane";
import { readImportedWorkbook } from "../../../src/shells/memory/readImportedWorkbook";

const AREA_SNAPSHOT: WorkbookSnapshot = { sheets: [], tables: [], names: {} };

test("area workbooks from disk are read in the pane, then consolidated with this workbook", async () => {
  const read: [number[], string][] = [];
  const operations = fakeOperations({ consolidate: async () => sampleConsolidation() });
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
  fireEvent.change(screen.getByLabelText("Libros de las áreas (opcional)"), {
    target: { files: [new File([new Uint8Array([80, 75, 3, 4])], "secretaria.xlsx")] },
  });
  expect(await screen.findByText("secretaria.xlsx: leído")).toBeTruthy();
  expect(read).toEqual([[[80, 75, 3, 4], "secretaria.xlsx"]]);
  expect(operations.calls).toEqual([]);

  fireEvent.click(screen.getByRole("button", { name: "Consolidar" }));
  expect(
    await screen.findByText("Matriz consolidada al corte T2: 3 filas de 2 áreas.")
  ).toBeTruthy();
  expect(operations.requests("consolidate") as ConsolidateRequest[]).toEqual([
    { imports: [{ file: "secretaria.xlsx", snapshot: AREA_SNAPSHOT }], today: "2021-07-05" },
  ]);
  const conflicts = screen.getByRole("region", { name: "Conflictos (no se mezcló nada)" });
  expect(
    within(conflicts).getByText(
      /^El área DE llega de dos fuentes \(este libro, estudios\.xlsx\): no se mezcló ninguna/
    )
  ).toBeTruthy();
  const notes = screen.getByRole("region", { name: "Notas" });
  expect(
    within(notes).getByText("«secretaria.xlsx»: el área SG se tomó de este archivo (3 filas).")
  ).toBeTruthy();
  const sources = screen.getByRole("region", { name: "De dónde salió cada área" });
  expect(
    within(sources)
      .getAllByRole("listitem")
      .map((item) => item.textContent)
  ).toEqual(["DJ: pestaña «3.1 Jurídica» de este libro", "SG: archivo «secretaria.xlsx»"]);
});

test("a file that cannot be read is named, left out, and can be removed", async () => {
  const operations = fakeOperations({ consolidate: async () => sampleConsolidation() });
  renderPane(
    <ConsolidarFlow
      operations={operations}
      readAreaWorkbook={async () => {
        throw new Error("no es un archivo zip");
      }}
      today={() => "2021-07-05"}
    />
  );
  fireEvent.change(screen.getByLabelText("Libros de las áreas (opcional)"), {
    target: { files: [new File(["hola"], "notas.xlsx")] },
  });
  expect(
    await screen.findByText(
      "«notas.xlsx» no es un libro de Excel (.xlsx) legible (no es un archivo zip)."
    )
  ).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Consolidar" }));
  await screen.findByText("Matriz consolidada al corte T2: 3 filas de 2 áreas.");
  expect((operations.requests("consolidate") as ConsolidateRequest[])[0].imports).toEqual([]);
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
  fireEvent.change(screen.getByLabelText("Libros de las áreas (opcional)"), {
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
