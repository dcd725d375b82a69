/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { InformeFlow } from "../../../src/taskpane/flows/Informe/InformeFlow";
import { ReportRequest, ReportResult } from "../../../src/operations/PlanOperations";
import { ManagementReport } from "../../../src/core/report/ManagementReport";
import { fakeOperations } from "../fakeOperations";
import { renderPane } from "../renderPane";

const LABELS = ["T1", "T2", "T3", "T4"];
/** Stands for a .docx: the flow saves whatever bytes the operation returns. */
const WORD_BYTES = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);

function result(request: ReportRequest): ReportResult {
  const report = {
    organisation: "Alcaldía de Ejemplo",
    year: 2021,
    semester: request.semester,
    generatedAt: request.today,
    cutoff: { label: request.semester === 1 ? "T2" : "T4" },
    institution: { compliance: 0.5, band: "rojo", areas: 2, totalAreas: 3 },
    redRows: [{}, {}],
    unreportedRows: [{}],
    overExecutedRows: [],
    figureErrors: {
      rows: 0,
      areas: 0,
      thresholds: 0,
      cutoffIndex: 0,
      cutoffIndexProblem: null,
      total: 0,
    },
  } as unknown as ManagementReport; // only the fields the flow shows
  if (request.output === "html")
    return { report, html: "<!doctype html><title>Informe</title>", fromMatrix: true };
  if (request.output === "docx") return { report, docx: WORD_BYTES, fromMatrix: true };
  return { report, fromMatrix: false, workbookCutoff: "T3" };
}

test("semester 2 builds the Informe sheet at T4 and says what it found", async () => {
  const operations = fakeOperations({ report: async (request: ReportRequest) => result(request) });
  renderPane(
    <InformeFlow
      operations={operations}
      periodLabels={LABELS}
      downloadsBlocked={false}
      today={() => "2021-12-31"}
    />
  );
  expect(screen.getByRole("radio", { name: "I semestre (corte T2)" })).toBeTruthy();
  fireEvent.click(screen.getByRole("radio", { name: "II semestre (corte T4)" }));
  fireEvent.click(screen.getByRole("button", { name: "Crear la hoja Informe" }));
  expect(await screen.findByText("Hoja «Informe» creada para el semestre 2.")).toBeTruthy();
  expect(
    screen.getByText(
      "Institución: 50,0% (Rojo). 2 filas en rojo, 1 sin reporte, 0 sobreejecutadas."
    )
  ).toBeTruthy();
  // The workbook is at T3 (the fake's result): the flow says the sheet and the others differ.
  expect(
    screen.getByText(
      "La hoja «Informe» es al corte T4, y las demás hojas del libro (Resumen, Matriz, Tablero) siguen al corte T3: la hoja lo dice en su primera línea. Para que todo el libro muestre el corte T4, consolide a T4 y cree la hoja de nuevo."
    )
  ).toBeTruthy();
  expect(operations.requests("report")).toEqual([
    { semester: 2, language: "es", output: "sheet", today: "2021-12-31" },
  ]);
  expect(operations.writes).toEqual(["report"]);
});

test("the HTML is downloaded as a file where the host allows it; nothing is written", async () => {
  const operations = fakeOperations({ report: async (request: ReportRequest) => result(request) });
  const saved: [string, string | Uint8Array, string][] = [];
  renderPane(
    <InformeFlow
      operations={operations}
      periodLabels={LABELS}
      downloadsBlocked={false}
      today={() => "2021-07-15"}
      download={(name, content, type) => saved.push([name, content, type])}
    />,
    "en"
  );
  fireEvent.click(screen.getByRole("button", { name: "Download the report (HTML)" }));
  expect(await screen.findByText("Report downloaded: informe-2021-semestre-1.html")).toBeTruthy();
  expect(saved).toEqual([
    [
      "informe-2021-semestre-1.html",
      "<!doctype html><title>Informe</title>",
      "text/html;charset=utf-8",
    ],
  ]);
  expect(operations.requests("report")).toEqual([
    { semester: 1, language: "en", output: "html", today: "2021-07-15" },
  ]);
  expect(operations.writes).toEqual([]);
});

test("the Word document is downloaded as its bytes, with Word's media type; nothing is written", async () => {
  const operations = fakeOperations({ report: async (request: ReportRequest) => result(request) });
  const saved: [string, string | Uint8Array, string][] = [];
  renderPane(
    <InformeFlow
      operations={operations}
      periodLabels={LABELS}
      downloadsBlocked={false}
      today={() => "2021-12-31"}
      download={(name, content, type) => saved.push([name, content, type])}
    />
  );
  fireEvent.click(screen.getByRole("radio", { name: "II semestre (corte T4)" }));
  fireEvent.click(screen.getByRole("button", { name: "Descargar el informe (Word, .docx)" }));
  expect(await screen.findByText("Informe descargado: informe-2021-semestre-2.docx")).toBeTruthy();
  expect(saved).toEqual([
    [
      "informe-2021-semestre-2.docx",
      WORD_BYTES,
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ],
  ]);
  expect(operations.requests("report")).toEqual([
    { semester: 2, language: "es", output: "docx", today: "2021-12-31" },
  ]);
  expect(operations.writes).toEqual([]);
});

test("on Mac desktop the downloads are off, say why and point to the sheet", () => {
  const operations = fakeOperations({});
  renderPane(<InformeFlow operations={operations} periodLabels={LABELS} downloadsBlocked={true} />);
  for (const name of ["Descargar el informe (HTML)", "Descargar el informe (Word, .docx)"])
    expect((screen.getByRole("button", { name }) as HTMLButtonElement).disabled).toBe(true);
  expect(
    screen.getByText(
      "Excel para Mac no permite descargar archivos desde un panel. Use la hoja «Informe»: imprímala o guárdela como PDF."
    )
  ).toBeTruthy();
  expect(
    (screen.getByRole("button", { name: "Crear la hoja Informe" }) as HTMLButtonElement).disabled
  ).toBe(false);
});

test("with no plan open there are no periods to name: the semesters are offered without a cut-off", () => {
  renderPane(
    <InformeFlow operations={fakeOperations({})} periodLabels={[]} downloadsBlocked={false} />
  );
  expect(screen.getByRole("radio", { name: "I semestre" })).toBeTruthy();
  expect(screen.getByRole("radio", { name: "II semestre" })).toBeTruthy();
  expect(screen.queryByText(/corte \)/)).toBeNull();
});

test("an informe whose figures rest on an overwritten CorteIndice says so, with the cell and the fix", async () => {
  const operations = fakeOperations({
    report: async (request: ReportRequest) => {
      const built = result(request);
      const figureErrors = {
        rows: 2,
        areas: 0,
        thresholds: 0,
        cutoffIndex: 1,
        cutoffIndexProblem: "overwritten" as const,
        total: 3,
      };
      return { ...built, report: { ...built.report, figureErrors } };
    },
  });
  renderPane(
    <InformeFlow
      operations={operations}
      periodLabels={LABELS}
      downloadsBlocked={false}
      today={() => "2021-07-15"}
      download={() => {}}
    />,
    "en"
  );
  fireEvent.click(screen.getByRole("button", { name: "Download the report (HTML)" }));
  expect(
    await screen.findByText(
      "The CorteIndice cell (Configuración!B7) no longer holds its formula, so the workbook's formulas compute at " +
        "another period than the one in “Corte”: every figure is marked “With errors”. In Validate, “Fix B7” " +
        "writes it back."
    )
  ).toBeTruthy();
});
