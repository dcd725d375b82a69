/**
 * @jest-environment jsdom
 *
 * Inicio, Consolidar and Informe on the real operations over the Office host and the strict Excel fake (SPEC §9),
 * as flowsOnExcelFake.test.tsx does for Plan, Validar and Semáforo: what the pane shows, what a click writes into
 * the workbook, and how many `context.sync()` round trips it costs.
 */
// First: the package layer decodes with TextDecoder when its module loads (jsdom has none).
import "../textCodecInJsdom";
import * as React from "react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_TEMPLATE } from "../../../src/core/template/defaultTemplate";
import { HEADERS } from "../../../src/core/workbook/areaColumns";
import { layoutWorkbook } from "../../../src/core/workbook/layoutWorkbook";
import { bindOperations } from "../../../src/operations/bindOperations";
import { PlanOperations } from "../../../src/operations/PlanOperations";
import { readImportedWorkbook } from "../../../src/shells/memory/readImportedWorkbook";
import { workbookToBuffer } from "../../support/exceljs/workbookFile";
import { ConsolidarFlow } from "../../../src/taskpane/flows/Consolidar/ConsolidarFlow";
import { InformeFlow } from "../../../src/taskpane/flows/Informe/InformeFlow";
import { InicioFlow } from "../../../src/taskpane/flows/Inicio/InicioFlow";
import { useWorkbookStatus } from "../../../src/taskpane/status/useWorkbookStatus";
import { FakeExcel } from "../../fakes/excel/FakeExcel";
import { filledPlanWorkbook, validRow } from "../../support/filledPlan";
import { RowValues } from "../../support/fillArea";
import { fillEdits, officeHost } from "../../shells/office/support";
import { renderPane } from "../renderPane";

jest.setTimeout(120_000);

const TODAY = "2021-07-05";

/** A fake Excel holding the generated 2021 plan with `fill` typed into the area tables (rows by header). */
async function planInExcel(fill: Record<string, RowValues[]>) {
  const excel = officeHost();
  const patch = layoutWorkbook(DEFAULT_TEMPLATE);
  await excel.host.applyPatch(patch);
  await excel.host.applyPatch({ sheets: [], definedNames: [], edits: fillEdits(patch, fill) });
  return excel;
}

/** Every sheet (with its cells), table and name of the fake, as plain data: equal before and after means nothing was
 * written. */
function modelState(excel: FakeExcel): unknown {
  const { sheets, tables, names } = excel.model;
  return {
    sheets: sheets.map((sheet) => [
      sheet.name,
      [...sheet.rows].map(([row, cells]) => [row, [...cells]]),
    ]),
    tables: tables.map((table) => [table.name, table.sheet.name, { ...table.bounds }]),
    names: names.map((named) => [named.name, named.formula]),
  };
}

/** Inicio as App.tsx renders it: the status read by `useWorkbookStatus` when the pane opens. */
const InicioPane: React.FC<{
  operations: PlanOperations;
  onGoTo: (flow: "plan" | "validar" | "semaforo") => void;
}> = ({ operations, onGoTo }) => {
  const workbook = useWorkbookStatus(operations, 0);
  return <InicioFlow workbook={workbook} onGoTo={onGoTo} />;
};

/** The lines of Inicio's list of facts, once the status has been read. */
async function inicioFacts(): Promise<(string | null)[]> {
  const facts = await screen.findByRole("list", { name: "Inicio" }, { timeout: 60_000 });
  return within(facts)
    .getAllByRole("listitem")
    .map((item) => item.textContent);
}

describe("Inicio", () => {
  test("says what the plan is and how many areas are filled, from one read that writes nothing", async () => {
    // DJ and ECR get one typed row each; SGR's first row only gets `Estado del reporte` changed, which is one of the
    // generated defaults (ID, Objetivo, Sentido, Estado del reporte), so SGR is still not filled → 2 of 17 areas.
    const { excel, host } = await planInExcel({
      DJ: [validRow("Revisar contratos", [1, null, null, null])],
      ECR: [validRow("Campaña de comunicación", [1, null, null, null])],
      SGR: [{ [HEADERS.reportStatus]: "Enviado" }],
    });
    const operations = bindOperations(host);
    const cellsBefore = modelState(excel);
    const before = excel.syncs.length;
    const goTo = jest.fn();
    renderPane(<InicioPane operations={operations} onGoTo={goTo} />);
    expect(await inicioFacts()).toEqual([
      "Plantilla «asocapitales-plan-de-accion», versión 1",
      "Vigencia 2021",
      // A generated plan starts at the first period.
      "Corte: T1",
      "2 de 17 áreas con filas diligenciadas",
      // The generated plan's `Matriz` is pending; no consolidation has written `Registro` yet.
      "Aún no se ha consolidado.",
    ]);
    expect(screen.queryByText("Este libro todavía no tiene un Plan de Acción.")).toBeNull();
    expect(screen.getByText("Valide las áreas y corrija lo que se pueda.")).toBeTruthy();
    // Reading the status is one snapshot read, 3 syncs (readWorkbookSnapshot.ts: sheets, tables, names and the stored
    // template; each table's extent and each name's cell; every table's headers and rows), and no write request.
    expect(excel.syncs.length - before).toBe(3);
    expect(modelState(excel)).toEqual(cellsBefore);
    fireEvent.click(screen.getByRole("button", { name: "Ir a Validar" }));
    expect(goTo).toHaveBeenCalledWith("validar");
  });

  test("a consolidated plan whose Corte was typed wrong: says both, and points to Semáforo", async () => {
    const { excel, host } = await planInExcel({
      DJ: [validRow("Revisar contratos", [1, null, null, null])],
    });
    await bindOperations(host).consolidate({ imports: [], today: TODAY });
    // Someone types "T9" into Configuración's Corte cell (the plan's periods are T1–T4).
    const corte = layoutWorkbook(DEFAULT_TEMPLATE).definedNames.find(
      (name) => name.name === "Corte"
    )!;
    const [, sheet, column, row] = /^'?(.+?)'?!\$([A-Z]+)\$(\d+)$/.exec(corte.refersTo)!;
    await host.applyPatch({
      sheets: [],
      definedNames: [],
      edits: [{ sheet, cell: `${column}${row}`, value: "T9" }],
    });
    const cellsBefore = modelState(excel);
    const goTo = jest.fn();
    renderPane(<InicioPane operations={bindOperations(host)} onGoTo={goTo} />);
    expect(await inicioFacts()).toEqual([
      "Plantilla «asocapitales-plan-de-accion», versión 1",
      "Vigencia 2021",
      "El corte «T9» no es un periodo del plan; elíjalo en Semáforo.",
      "1 de 17 áreas con filas diligenciadas",
      "Ya tiene una matriz consolidada (hoja «Matriz»).",
    ]);
    expect(screen.getByText("Elija el periodo de corte.")).toBeTruthy();
    expect(modelState(excel)).toEqual(cellsBefore);
    fireEvent.click(screen.getByRole("button", { name: "Ir a Semáforo" }));
    expect(goTo).toHaveBeenCalledWith("semaforo");
  });

  test("a workbook with no plan (Excel's fresh Sheet1) is not a plan, and Inicio points to Plan", async () => {
    const { excel, host } = officeHost();
    const goTo = jest.fn();
    renderPane(<InicioPane operations={bindOperations(host)} onGoTo={goTo} />);
    expect(
      await screen.findByText(
        "Este libro todavía no tiene un Plan de Acción.",
        {},
        { timeout: 60_000 }
      )
    ).toBeTruthy();
    expect(screen.queryByRole("list", { name: "Inicio" })).toBeNull();
    expect(
      screen.getByText("Cree el plan desde la plantilla incluida, un archivo o un texto.")
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Ir a Plan" }));
    expect(goTo).toHaveBeenCalledWith("plan");
    expect(excel.model.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });
});

/** Activity and Área of each row of table `T_Matriz` as the host reads it back; none while there is no such table. */
async function matrixRows(host: ReturnType<typeof officeHost>["host"]): Promise<unknown[][]> {
  const matrix = (await host.readSnapshot()).tables.find((table) => table.name === "T_Matriz");
  if (!matrix) return [];
  const activity = matrix.headers.indexOf(HEADERS.activity);
  const area = matrix.headers.indexOf("Área");
  return matrix.rows.map((row) => [row[activity], row[area]]);
}

test("Consolidar: Importar an area workbook picked from disk into its tab, then consolidate the tabs, in 12 and 6 syncs", async () => {
  const { excel, host } = await planInExcel({
    DJ: [
      validRow("Revisar contratos", [1, 1, null, null]),
      validRow("Atender tutelas", [1, 0, null, null]),
    ],
    ECR: [validRow("Campaña de comunicación", [1, null, null, null])],
  });
  // The area workbook SGR sent back by email: a copy of the whole plan with its first row filled, as bytes on disk.
  const areaWorkbook = await filledPlanWorkbook(DEFAULT_TEMPLATE, {
    SGR: [validRow("Gestionar riesgos", [1, null, null, null])],
  });
  const bytes = new Uint8Array(await workbookToBuffer(areaWorkbook));
  // The generated plan's `Matriz` is a pending sheet with no table yet.
  expect(await matrixRows(host)).toEqual([]);
  renderPane(
    <ConsolidarFlow
      operations={bindOperations(host)}
      readAreaWorkbook={async (picked, file) => (await readImportedWorkbook(picked, file)).snapshot}
      today={() => TODAY}
    />
  );
  fireEvent.change(screen.getByLabelText("Libros de las áreas devueltos por correo"), {
    target: { files: [new File([bytes], "sgr.xlsx")] },
  });
  expect(await screen.findByText("sgr.xlsx: leído", {}, { timeout: 60_000 })).toBeTruthy();
  let before = excel.syncs.length;
  fireEvent.click(screen.getByRole("button", { name: "Importar a las pestañas" }));
  expect(
    await screen.findByText("1 área importada a su pestaña.", {}, { timeout: 60_000 })
  ).toBeTruthy();
  const sgrSheet = (await host.readSnapshot()).tables.find((table) => table.name === "T_SGR")!;
  expect(
    screen.getByText(
      `SGR Sistema General de Regalías – SGR: 1 fila de «sgr.xlsx» en la pestaña «${sgrSheet.sheet}»`
    )
  ).toBeTruthy();
  // Read once (3 syncs); what the SGR tab holds around its table, to carry it (3 syncs whatever the number of tabs,
  // `readSheetContents`); then the SGR tab and Registro as one patch: 6 requests (measured; one of them reads the
  // fills and validation a failure would put back; an area tab carries its validations, formats and protection, and
  // the number of requests follows the bytes written, not the rows).
  expect(excel.syncs.length - before).toBe(3 + 3 + 6);
  expect(sgrSheet.rows[0][sgrSheet.headers.indexOf(HEADERS.activity)]).toEqual({
    kind: "text",
    value: "Gestionar riesgos",
  });
  before = excel.syncs.length;
  fireEvent.click(screen.getByRole("button", { name: "Consolidar" }));
  // Every non-blank row of every area is a row of the matrix: the generated plan has one row per objective of the
  // template, 9 + 9 + 9 + 6 + 7 + 5 + 8 + 6 + 9 (Misional) + 9 + 5 + 6 + 4 + 5 (Apoyo) + 10 + 9 (Dirección Estratégica)
  // = 116, and Control Interno (no objectives) one blank row, left out. Typing into the generated rows (DJ's first
  // two, ECR's first, SGR's first from the file) adds none. The cut-off is the generated plan's `Corte`, T1.
  expect(
    await screen.findByText(
      "Matriz consolidada al corte T1: 116 filas de 17 áreas.",
      {},
      { timeout: 60_000 }
    )
  ).toBeTruthy();
  const syncs = excel.syncs.slice(before);
  // The rows typed in the tabs, SGR's imported one included, each under its area's name.
  const text = (value: string) => ({ kind: "text", value });
  expect(await matrixRows(host)).toEqual(
    expect.arrayContaining([
      [text("Revisar contratos"), text("Dirección Jurídica")],
      [text("Atender tutelas"), text("Dirección Jurídica")],
      [text("Campaña de comunicación"), text("Enlace con el Congreso de la República")],
      [text("Gestionar riesgos"), text("Sistema General de Regalías – SGR")],
    ])
  );
  const sources = screen.getByRole("region", { name: "De qué pestaña salió cada área" });
  const sourceLines = within(sources)
    .getAllByRole("listitem")
    .map((item) => item.textContent);
  expect(sourceLines).toHaveLength(17);
  expect(sourceLines).toContain(`SGR: pestaña «${sgrSheet.sheet}» de este libro`);
  expect(sourceLines).toContain("DJ: pestaña «3.1 Dirección Jurídica» de este libro");
  // Read the workbook once (3 syncs), then write Matriz, Resumen, Tablero and Registro in place as one patch: 3
  // requests (look, bringing what they held as the back-up for a failure; the tables' fills and validation a failure
  // puts back; write — applyWorkbookPatch.ts). 6 in all: the count follows bytes, not rows, and no request or
  // response comes near Excel's 5 MB limit.
  expect(syncs).toHaveLength(6);
  expect(Math.max(...syncs.map((sync) => sync.requestBytes))).toBeLessThan(5 * 1024 * 1024);
});

test("Importar asks per area whether to replace a tab's typed values, and lists each unreadable file with its reason", async () => {
  const { excel, host } = await planInExcel({
    DJ: [validRow("Revisar contratos", [1, 1, null, null])],
    ECR: [validRow("Agenda legislativa propia", [1, 1, null, null])],
  });
  const bytesOf = async (fill: Record<string, RowValues[]>) =>
    new Uint8Array(await workbookToBuffer(await filledPlanWorkbook(DEFAULT_TEMPLATE, fill)));
  const bad = (name: string) =>
    new Uint8Array(readFileSync(path.resolve(__dirname, "../../fixtures/producers/bad", name)));
  const files = [
    new File(
      [await bytesOf({ ECR: [validRow("Seguimiento a proyectos de ley", [1, 1, null, null])] })],
      "congreso.xlsx"
    ),
    new File(
      [await bytesOf({ DJ: [validRow("Revisar convenios", [1, 1, null, null])] })],
      "juridica.xlsx"
    ),
    new File([bad("letter.docx")], "carta.docx"),
    new File([bad("data.csv")], "notas.txt"),
    new File([bad("truncated.xlsx")], "truncado.xlsx"),
    new File([bad("empty.xlsx")], "vacio.xlsx"),
  ];
  renderPane(
    <ConsolidarFlow
      operations={bindOperations(host)}
      readAreaWorkbook={async (picked, file) => (await readImportedWorkbook(picked, file)).snapshot}
      today={() => TODAY}
    />
  );
  fireEvent.change(screen.getByLabelText("Libros de las áreas devueltos por correo"), {
    target: { files },
  });
  expect(await screen.findByText("juridica.xlsx: leído", {}, { timeout: 60_000 })).toBeTruthy();
  const untouched = modelState(excel);
  fireEvent.click(screen.getByRole("button", { name: "Importar a las pestañas" }));
  expect(
    await screen.findByText(
      "2 áreas ya tienen en su pestaña valores escritos que el archivo cambiaría. Elija qué hacer con cada una; lo reemplazado queda en «Registro» con su valor anterior.",
      {},
      { timeout: 60_000 }
    )
  ).toBeTruthy();
  // Asking writes nothing.
  expect(modelState(excel)).toEqual(untouched);
  const dj = screen.getByRole("radiogroup", {
    name: "DJ Dirección Jurídica: la pestaña «3.1 Dirección Jurídica» tiene 1 valor escrito distinto de «juridica.xlsx» (el primero: DJ-01, Actividad).",
  });
  const ecr = screen.getByRole("radiogroup", {
    name: "ECR Enlace con el Congreso de la República: la pestaña «3.3 Enlace con el Congreso» tiene 1 valor escrito distinto de «congreso.xlsx» (el primero: ECR-01, Actividad).",
  });
  const confirm = screen.getByRole("button", { name: "Importar" });
  expect((confirm as HTMLButtonElement).disabled).toBe(true);
  fireEvent.click(within(ecr).getByRole("radio", { name: "Reemplazar con el archivo" }));
  fireEvent.click(within(dj).getByRole("radio", { name: "Conservar la pestaña" }));
  fireEvent.click(confirm);
  expect(
    await screen.findByText("1 área importada a su pestaña.", {}, { timeout: 60_000 })
  ).toBeTruthy();
  expect(
    screen.getByText(
      "ECR Enlace con el Congreso de la República: 1 fila de «congreso.xlsx» en la pestaña «3.3 Enlace con el Congreso»"
    )
  ).toBeTruthy();
  expect(
    screen.getByText(
      "Área ECR: 1 valor escrito se reemplazó; queda en «Registro» con su valor anterior."
    )
  ).toBeTruthy();
  expect(
    screen.getByText("El área DJ conserva su pestaña: no se importó juridica.xlsx.")
  ).toBeTruthy();
  const snapshot = await host.readSnapshot();
  const activity = (table: string) => {
    const found = snapshot.tables.find((candidate) => candidate.name === table)!;
    return found.rows[0][found.headers.indexOf(HEADERS.activity)];
  };
  expect(activity("T_ECR")).toEqual({ kind: "text", value: "Seguimiento a proyectos de ley" });
  expect(activity("T_DJ")).toEqual({ kind: "text", value: "Revisar contratos" });
  const replaced = snapshot.tables.find((table) => table.name === "T_Reemplazos")!;
  expect(
    replaced.rows.map((row) =>
      row.map((cell) => ("value" in cell ? cell.value : cell.kind === "date" ? cell.serial : null))
    )
  ).toEqual([
    [
      "ECR",
      "congreso.xlsx",
      "ECR-01",
      "Actividad",
      "Agenda legislativa propia",
      "Seguimiento a proyectos de ley",
      // 5 July 2021: 44197 (1 January) + 185 days.
      44382,
    ],
  ]);
  const unreadable = screen.getByRole("region", { name: "Archivos que no se pudieron leer" });
  expect(
    within(unreadable)
      .getAllByRole("listitem")
      .map((item) => item.textContent)
  ).toEqual([
    "«carta.docx» es un documento .docx, no un libro de Excel. Use el libro del plan (.xlsx).",
    "«notas.txt» es un archivo de texto (CSV o similar), no un libro de Excel. Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
    "«truncado.xlsx» está incompleto: el archivo se cortó al copiarlo o descargarlo. Cópielo o descárguelo de nuevo desde el original.",
    "«vacio.xlsx» está vacío (0 bytes): no es un libro de Excel. Cópielo de nuevo desde el original o pida que se lo reenvíen.",
  ]);
  expect(document.body.textContent).not.toMatch(/operation\./);
});

/** The `Informe` sheet's cells as Excel shows them, row by row (1-based rows, columns A… as array positions). */
function informeRows(excel: FakeExcel): (string | number | boolean)[][] {
  const sheet = excel.model.sheets.find((candidate) => candidate.name === "Informe");
  if (!sheet) return [];
  return [...sheet.rows.keys()]
    .sort((a, b) => a - b)
    .map((row) => {
      const cells = sheet.rows.get(row)!;
      const width = Math.max(...cells.keys()) + 1;
      return Array.from({ length: width }, (_, column) => cells.get(column)?.v ?? "");
    });
}

describe("Informe", () => {
  /**
   * A filled 2021 plan, consolidated (at its `Corte`, T1) before the pane opens. At semester 1's cut-off, T2
   * (programmed 1 + 1 = 2 in every row; SPEC §5: executed ÷ programmed to the cut-off, blank = 0):
   * - DJ weights its rows: "Revisar contratos" 1 + 1 = 2 of 2 = 100 % (Ponderación 0,75); "Atender tutelas"
   *   1 + 0 = 1 of 2 = 50 %, red (Ponderación 0,25). DJ = 0,75 × 100 % + 0,25 × 50 % = 87,5 %.
   * - ECR: "Campaña de comunicación" 1 + blank = 1 of 2 = 50 %, red; T2 programmed with nothing executed: without
   *   report. ECR = 50 %.
   * - GH: "Capacitar al personal" 3 + 0 = 3 of 2 = 150 %, over-executed (> 120 %); the area counts it as 100 %.
   * Institution = mean of the 3 areas with programming (the other 14 hold only generated rows: Sin programación) =
   * (87,5 + 50 + 100) ÷ 3 = 237,5 ÷ 3 = 79,1666… % → 79,2 %, Amarillo (60 % ≤ x < 80 %).
   * Rows: 2 in red, 1 without report, 1 over-executed.
   */
  async function consolidatedPlanInExcel() {
    const excel = await planInExcel({
      DJ: [
        validRow("Revisar contratos", [1, 1, null, null], { [HEADERS.weight]: 0.75 }),
        validRow("Atender tutelas", [1, 0, null, null], { [HEADERS.weight]: 0.25 }),
      ],
      ECR: [validRow("Campaña de comunicación", [1, null, null, null])],
      GH: [validRow("Capacitar al personal", [3, 0, null, null])],
    });
    await bindOperations(excel.host).consolidate({ imports: [], today: TODAY });
    return excel;
  }

  test("semester 1 builds the Informe sheet from the consolidated matrix, in 5 syncs", async () => {
    const { excel, host } = await consolidatedPlanInExcel();
    // The generated plan's `Informe` sheet holds only its title and where the report comes from.
    expect(informeRows(excel)).toEqual([
      ["Informe"],
      ["El informe de gestión semestral se genera con «Informe» (plan-matrix report)."],
    ]);
    const download = jest.fn();
    renderPane(
      <InformeFlow
        operations={bindOperations(host)}
        periodLabels={["T1", "T2", "T3", "T4"]}
        downloadsBlocked={false}
        today={() => TODAY}
        download={download}
      />
    );
    fireEvent.click(screen.getByRole("radio", { name: "II semestre (corte T4)" }));
    fireEvent.click(screen.getByRole("radio", { name: "I semestre (corte T2)" }));
    const before = excel.syncs.length;
    fireEvent.click(screen.getByRole("button", { name: "Crear la hoja Informe" }));
    expect(
      await screen.findByText("Hoja «Informe» creada para el semestre 1.", {}, { timeout: 60_000 })
    ).toBeTruthy();
    const syncs = excel.syncs.slice(before);
    // The flow's section is the first region named "Informe"; the report's summary, inside it, the second.
    const [, summaryRegion] = screen.getAllByRole("region", { name: "Informe" });
    const summary = within(summaryRegion);
    expect(
      summary.getByText(
        "Institución: 79,2% (Amarillo). 2 filas en rojo, 1 sin reporte, 1 sobreejecutada."
      )
    ).toBeTruthy();
    expect(summary.getByText("Calculado sobre la matriz consolidada.")).toBeTruthy();

    const rows = informeRows(excel);
    // The annex's institution row: name (A–B), level (C), what it stands on (D–E), figure (F), band (G).
    const institution = rows.find((row) => row[2] === "Institución");
    expect([institution?.[0], institution?.[3], institution?.[5], institution?.[6]]).toEqual([
      "Asociación Colombiana de Ciudades Capitales – Asocapitales",
      // SPEC §5: the 14 areas never filled are named beside the average.
      "3 de 17 áreas; sin diligenciar: 3.2 Dirección de Estudios, 3.4 Enlace con el Gobierno Nacional, 3.5 Desarrollo y Gestión Territorial, 3.5.1 Sistema General de Regalías – SGR, 3.6 Medio Ambiente, 3.7 Seguridad y Convivencia Ciudadana, 3.8 Cooperación Internacional y Componente TIC, 4.1 Gestión Administrativa y Financiera, 4.3 Gestión Documental, 4.4 Gestión Tecnológica, 4.5 Gestión Contractual, 5.1 Planeación Institucional, 5.2 Comunicaciones y Relacionamiento Institucional y 6.1 Control Interno",
      expect.closeTo(237.5 / 300, 10),
      "Amarillo",
    ]);
    const cells = rows.flat();
    // Every activity with programming to date is in its area's table of programmed and executed figures.
    expect(cells).toEqual(
      expect.arrayContaining([
        "Revisar contratos",
        "Atender tutelas",
        "Campaña de comunicación",
        "Capacitar al personal",
      ])
    );
    // Read the workbook once (3 syncs), then write the one sheet in place: 2 requests (look, with the generated
    // `Informe`'s contents as the back-up; write), as for any patch this small.
    expect(syncs).toHaveLength(5);
    expect(Math.max(...syncs.map((sync) => sync.requestBytes))).toBeLessThan(5 * 1024 * 1024);
    expect(download).not.toHaveBeenCalled();
  });

  test("where the host blocks downloads (Mac), the button is disabled and the pane points to the sheet", async () => {
    const { excel, host } = await consolidatedPlanInExcel();
    const download = jest.fn();
    renderPane(
      <InformeFlow
        operations={bindOperations(host)}
        periodLabels={["T1", "T2", "T3", "T4"]}
        downloadsBlocked
        today={() => TODAY}
        download={download}
      />
    );
    expect(
      screen.getByText(
        "Excel para Mac no permite descargar archivos desde un panel. Use la hoja «Informe»: imprímala o guárdela como PDF."
      )
    ).toBeTruthy();
    const button = screen.getByRole("button", { name: "Descargar el informe (HTML)" });
    expect(button).toHaveProperty("disabled", true);
    const before = excel.syncs.length;
    fireEvent.click(button);
    await waitFor(() => expect(excel.syncs.length).toBe(before));
    expect(download).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Crear la hoja Informe" })).toHaveProperty(
      "disabled",
      false
    );
  });
});
