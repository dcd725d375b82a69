/**
 * History per cut-off (SPEC §6, issue 17): the 2021 plan consolidated at T1, then at T2, then at T2 again after a
 * value changed, through every workbook host (the file of the CLI, the in-browser workbook, the open workbook
 * through Office.js over the strict Excel fake). `T_Historial` in `Registro` holds one row per area and cut-off
 * (17 areas + the institution each), re-consolidating T2 replaces T2's rows and keeps T1's, the figures are those
 * of `semaphore --json` at each cut-off, `Tablero` shows the trend, and the informe carries both cut-offs.
 *
 * Hand-worked figures (validRow: Número, Ascendente, 1 programmed in each quarter; areas weigh rows equally):
 *   DJ  "Revisar contratos"  executed T1 1, T2 1 → T1 1/1 = 100 %, T2 2/2 = 100 %
 *       "Atender tutelas"    executed T1 1, T2 0 → T1 1/1 = 100 %, T2 1/2 = 50 %
 *       DJ: T1 (1 + 1) ÷ 2 = 100 % Verde; T2 (1 + .5) ÷ 2 = 75 % Amarillo.
 *   DE  "Arquitectura de datos" executed T1 0, T2 2 → T1 0/1 = 0 % Rojo; T2 2/2 = 100 % Verde.
 *   Institution = mean of the areas with programming (the 15 others were never filled: Sin diligenciar, left out):
 *       T1 (1 + 0) ÷ 2 = 50 % Rojo; T2 (.75 + 1) ÷ 2 = 87.5 % Verde.
 *   Then "Atender tutelas" gets 1 executed at T2: DJ T2 (1 + 1) ÷ 2 = 100 %; institution T2 (1 + 1) ÷ 2 = 100 %.
 */
import { copyFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HistoryEntry } from "../../src/core/history/HistoryEntry";
import { readHistory } from "../../src/core/history/readHistory";
import { areasInOrder } from "../../src/core/template/Template";
import { DEFAULT_TEMPLATE } from "../../src/core/template/defaultTemplate";
import { WorkbookSnapshot } from "../../src/core/workbook/WorkbookSnapshot";
import { bindOperations } from "../../src/operations/bindOperations";
import { consolidateWorkbookFile } from "../../src/cli/commands/consolidateCommand";
import { ManagementReport } from "../../src/core/report/ManagementReport";
import { MemoryHost } from "../../src/shells/memory/MemoryHost";
import { loadWorkbook } from "../support/exceljs/workbookFile";
import { validRow } from "../support/filledPlan";
import { cellsOf, inspectWithOpenpyxl } from "../support/openpyxl";
import { cli } from "../support/runCli";
import { testOutputDir } from "../support/tempDir";
import { fillEdits } from "./fillEdits";
import { HOST_FACTORIES } from "./hostFactories";

jest.setTimeout(600_000);

const T1_DAY = "2021-04-12";
const T2_DAY = "2021-07-05";
const T2_AGAIN_DAY = "2021-07-06";
const REPORT_DAY = "2021-07-08";
const AREAS = areasInOrder(DEFAULT_TEMPLATE).map(({ area }) => ({
  code: area.code,
  name: area.name,
}));

type Run = {
  afterT1: HistoryEntry[];
  afterT2: HistoryEntry[];
  afterT2Again: HistoryEntry[];
  report: ManagementReport;
  /** The T_Historial table of the last snapshot, cell by cell. */
  table: WorkbookSnapshot["tables"][number];
  /** For the file and in-browser hosts: the workbook after each consolidation, on disk. */
  files: { t1: string; t2: string; t2Again: string } | null;
};

const runs = new Map<string, Run>();

async function runFlow(factory: (typeof HOST_FACTORIES)[number], dir: string): Promise<Run> {
  const host = factory.create(dir, "plan");
  const operations = bindOperations(host);
  await operations.generate({ template: DEFAULT_TEMPLATE });
  const generated = await operations.readSnapshot();
  await host.applyPatch({
    sheets: [],
    definedNames: [],
    edits: [
      ...fillEdits(generated, "DJ", [
        validRow("Revisar contratos", [1, 1, null, null]),
        validRow("Atender tutelas", [1, 0, null, null]),
      ]),
      ...fillEdits(generated, "DE", [validRow("Arquitectura de datos", [0, 2, null, null])]),
    ],
  });
  const bands = DEFAULT_TEMPLATE.bands;
  const saved = (name: string): string | null => {
    const target = path.join(dir, `${name}.xlsx`);
    if (factory.name === "file") copyFileSync(path.join(dir, "plan.xlsx"), target);
    else if (host instanceof MemoryHost) writeFileSync(target, host.exportBytes());
    else return null;
    return target;
  };
  await operations.consolidate({ cutoff: "T1", today: T1_DAY });
  const afterT1 = readHistory(await operations.readSnapshot(), bands);
  const t1 = saved("t1");
  await operations.consolidate({ cutoff: "T2", today: T2_DAY });
  const afterT2 = readHistory(await operations.readSnapshot(), bands);
  const t2 = saved("t2");
  const filled = await operations.readSnapshot();
  await host.applyPatch({
    sheets: [],
    definedNames: [],
    edits: fillEdits(filled, "DJ", [{}, { "Ejecutado T2": 1 }]),
  });
  await operations.consolidate({ cutoff: "T2", today: T2_AGAIN_DAY });
  const last = await operations.readSnapshot();
  const afterT2Again = readHistory(last, bands);
  const t2Again = saved("t2-again");
  const { report } = await operations.report({
    semester: 1,
    language: "es",
    output: "html",
    today: REPORT_DAY,
  });
  return {
    afterT1,
    afterT2,
    afterT2Again,
    report,
    table: last.tables.find((table) => table.name === "T_Historial")!,
    files: t1 && t2 && t2Again ? { t1, t2, t2Again } : null,
  };
}

/** The rows of one cut-off as "code figure band date", the institution as "-". */
const line = (entry: HistoryEntry): string =>
  `${entry.cutoff} ${entry.code ?? "-"} ${entry.compliance} ${entry.band} ${entry.date}`;
const unfilled = (cutoff: string, date: string): string[] =>
  AREAS.filter(({ code }) => code !== "DJ" && code !== "DE").map(
    ({ code }) => `${cutoff} ${code} null sin-diligenciar ${date}`
  );
/** The 18 rows of a cut-off in plan order: DJ and DE first in the plan, the 15 others, the institution. */
const cutoffRows = (
  cutoff: string,
  date: string,
  dj: string,
  de: string,
  institution: string
): string[] => [
  `${cutoff} DJ ${dj} ${date}`,
  `${cutoff} DE ${de} ${date}`,
  ...unfilled(cutoff, date),
  `${cutoff} - ${institution} ${date}`,
];
const T1_ROWS = cutoffRows("T1", T1_DAY, "1 verde", "0 rojo", "0.5 rojo");

describe.each(HOST_FACTORIES)("history per cut-off through the $name host", (factory) => {
  let run: Run;

  beforeAll(async () => {
    run = await runFlow(factory, testOutputDir(`history-${factory.name}`));
    runs.set(factory.name, run);
  });

  it("records T1's 17 areas and the institution, then T2's beside them", () => {
    expect(run.afterT1.map(line)).toEqual(T1_ROWS);
    expect(run.afterT2).toHaveLength(36);
    expect(run.afterT2.map(line)).toEqual([
      ...T1_ROWS,
      ...cutoffRows("T2", T2_DAY, "0.75 amarillo", "1 verde", "0.875 verde"),
    ]);
    expect(run.afterT2.filter((entry) => entry.code === null).map((entry) => entry.name)).toEqual([
      "Institución",
      "Institución",
    ]);
    expect(run.afterT2.slice(0, 17).map((entry) => entry.name)).toEqual(
      AREAS.map((area) => area.name)
    );
  });

  it("replaces T2's rows when T2 is consolidated again, and keeps T1's", () => {
    expect(run.afterT2Again.map(line)).toEqual([
      ...T1_ROWS,
      ...cutoffRows("T2", T2_AGAIN_DAY, "1 verde", "1 verde", "1 verde"),
    ]);
  });

  it("keeps the table's headers exactly, the date a date and the figure a number", () => {
    expect(run.table.headers).toEqual([
      "Corte",
      "Fecha",
      "Código",
      "Área",
      "% Cumplimiento",
      "Semáforo",
    ]);
    expect(run.table.rows).toHaveLength(36);
    const dj = run.table.rows[0];
    expect(dj[0]).toMatchObject({ kind: "text", value: "T1" });
    // 2021-04-12 as an Excel serial: 44197 is 2021-01-01, + 31 + 28 + 31 + 11 days.
    expect(dj[1]).toMatchObject({ kind: "date", serial: 44298 });
    expect(dj[4]).toMatchObject({ kind: "number", value: 1 });
    expect(dj[5]).toMatchObject({ kind: "text", value: "Verde" });
    expect(run.table.rows[17][2]).toMatchObject({ kind: "empty" });
  });

  it("gives the informe T1 from the history and T2 from its own figures", () => {
    expect(run.report.history.map(line)).toEqual([
      ...T1_ROWS,
      ...cutoffRows("T2", REPORT_DAY, "1 verde", "1 verde", "1 verde"),
    ]);
  });
});

describe("the history as other readers see it", () => {
  it("gives the same T_Historial rows through every host", () => {
    const [first, ...others] = HOST_FACTORIES.map((factory) => runs.get(factory.name)!);
    for (const other of others) {
      expect(other.afterT2Again).toEqual(first.afterT2Again);
      expect(other.report.history).toEqual(first.report.history);
    }
    expect(runs.get("memory")!.table.rows).toEqual(runs.get("file")!.table.rows);
  });

  it("records the figures semaphore --json gives at each cut-off", async () => {
    const { files, afterT2Again } = runs.get("file")!;
    const at = async (file: string, cutoff: string) => {
      const run = await cli("semaphore", file, "--cutoff", cutoff, "--json");
      const json = JSON.parse(run.stdout) as {
        areas: { code: string; compliance: number | null; band: string }[];
        institution: { compliance: number | null; band: string };
      };
      return [
        ...json.areas.map((area) => `${area.code} ${area.compliance} ${area.band}`),
        `- ${json.institution.compliance} ${json.institution.band}`,
      ];
    };
    const recorded = (cutoff: string) =>
      afterT2Again
        .filter((entry) => entry.cutoff === cutoff)
        .map((entry) => `${entry.code ?? "-"} ${entry.compliance} ${entry.band}`);
    expect(recorded("T1")).toEqual(await at(files!.t1, "T1"));
    expect(recorded("T2")).toEqual(await at(files!.t2Again, "T2"));
  });

  it("gives the identical workbook when the same consolidation runs again the same day", async () => {
    const { files } = runs.get("file")!;
    const again = path.join(path.dirname(files!.t2Again), "t2-rerun.xlsx");
    await consolidateWorkbookFile({
      input: files!.t2Again,
      imports: [],
      cutoff: "T2",
      out: again,
      force: true,
      today: T2_AGAIN_DAY,
    });
    // Every sheet's cells, tables, rules and formats alike, as openpyxl reads them (the package writer numbers the
    // parts of the sheets it rewrites anew, so the zip entries' names are not a measure of the workbook).
    expect(inspectWithOpenpyxl(again)).toEqual(inspectWithOpenpyxl(files!.t2Again));
  });

  it.each(["file", "memory"])(
    "writes a real table openpyxl reads, and Tablero's trend with both cut-offs (%s host)",
    async (name) => {
      const file = runs.get(name)!.files!.t2Again;
      const workbook = inspectWithOpenpyxl(file);
      const registro = workbook.sheets.find((sheet) => sheet.name === "Registro")!;
      const table = registro.tables.find((candidate) => candidate.name === "T_Historial")!;
      expect(table.headers).toEqual([
        "Corte",
        "Fecha",
        "Código",
        "Área",
        "% Cumplimiento",
        "Semáforo",
      ]);
      const [top, bottom] = table.ref.split(":").map((cell) => Number(cell.replace(/\D/g, "")));
      expect(bottom - top).toBe(36);
      const cells = cellsOf(registro);
      const first = top + 1;
      expect(cells.get(`A${first}`)?.value).toBe("T1");
      expect(cells.get(`B${first}`)).toMatchObject({
        value: { date: "2021-04-12T00:00:00" },
        numberFormat: "dd/mm/yyyy",
      });
      expect(cells.get(`E${first}`)).toMatchObject({ value: 1, numberFormat: "0.0%" });
      expect(cells.get(`F${first}`)?.value).toBe("Verde");

      const tablero = workbook.sheets.find((sheet) => sheet.name === "Tablero")!;
      const board = cellsOf(tablero);
      const titleAt = [...board.values()].find(
        (cell) => cell.value === "Tendencia por corte (historial de consolidaciones)"
      )!;
      const row = Number(titleAt.address.replace(/\D/g, ""));
      const value = (column: string, offset: number) =>
        board.get(`${column}${row + offset}`)?.value ?? null;
      expect([value("A", 1), value("B", 1), value("C", 1), value("D", 1)]).toEqual([
        "Área",
        "T1",
        "T2",
        null,
      ]);
      // DJ, DE, an area never filled, the institution (the 19th row under the header).
      expect([value("A", 2), value("B", 2), value("C", 2)]).toEqual(["Dirección Jurídica", 1, 1]);
      expect([value("A", 3), value("B", 3), value("C", 3)]).toEqual([
        "Dirección de Estudios",
        0,
        1,
      ]);
      expect([value("B", 4), value("C", 4)]).toEqual(["Sin diligenciar", "Sin diligenciar"]);
      expect([value("A", 19), value("B", 19), value("C", 19)]).toEqual(["Institución", 0.5, 1]);

      // The band's fill, read by a second reader (ExcelJS): the recorded band of each cell.
      const excel = await loadWorkbook(file);
      const fill = (sheet: string, address: string): string | undefined => {
        const style = excel.getWorksheet(sheet)!.getCell(address).fill;
        return style?.type === "pattern" ? style.fgColor?.argb?.slice(-6) : undefined;
      };
      expect(fill("Registro", `F${first}`)).toBe("63BE7B");
      expect(fill("Registro", `F${first + 1}`)).toBe("F8696B");
      expect(fill("Registro", `F${first + 2}`)).toBe("C9B3E6");
      expect(fill("Tablero", `B${row + 3}`)).toBe("F8696B");
      expect(fill("Tablero", `C${row + 3}`)).toBe("63BE7B");
      expect(fill("Tablero", `B${row + 19}`)).toBe("F8696B");
    }
  );
});
