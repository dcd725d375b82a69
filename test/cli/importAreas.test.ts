/**
 * `import` (alias `importar`) and `consolidate --import` (SPEC §6): an area workbook returned by email goes into its
 * area's tab, and from then on the tab is the area's one source. Issue 15's findings 2 and 3, conflicts, and
 * `Registro`'s record of replaced values. Figures are worked out by hand from the rows typed below.
 *
 * 3.3 Enlace con el Congreso (ECR), at cut-off T2: the four rows of test/support/congresoFiles.ts, worked out
 * there by hand — 87,5 % Verde, one row in red.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { DEFAULT_TEMPLATE } from "../../src/core/template/defaultTemplate";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { SUMMARY_COLUMN, layoutSummarySheet } from "../../src/core/workbook/layout/summarySheet";
import { WorkbookSnapshot } from "../../src/core/workbook/WorkbookSnapshot";
import { report } from "../../src/operations/report";
import { FileHost } from "../../src/shells/xlsx/FileHost";
import { loadWorkbook } from "../support/exceljs/workbookFile";
import { writeCongresoFiles } from "../support/congresoFiles";
import { filledPlanWorkbook, validRow } from "../support/filledPlan";
import { recalculateWithLibreOffice } from "../support/libreoffice";
import { cli } from "../support/runCli";
import { testOutputDir } from "../support/tempDir";

jest.setTimeout(240_000);

const TODAY = "2021-07-05";
const dir = testOutputDir("import-areas");
const file = (name: string): string => path.join(dir, name);

const tableOf = (snapshot: WorkbookSnapshot, name: string) =>
  snapshot.tables.find((table) => table.name === name)!;
const column = (snapshot: WorkbookSnapshot, table: string, header: string): unknown[] => {
  const found = tableOf(snapshot, table);
  const index = found.headers.indexOf(header);
  return found.rows.map((row) => {
    const cell = row[index];
    return cell.kind === "text" || cell.kind === "number" ? cell.value : null;
  });
};
const read = (name: string): Promise<WorkbookSnapshot> =>
  new FileHost({ input: file(name) }).readSnapshot();

beforeAll(async () => {
  process.env.PLAN_MATRIX_TODAY = TODAY;
  await writeCongresoFiles(dir);
});
afterAll(() => {
  delete process.env.PLAN_MATRIX_TODAY;
});

describe("finding 2: after importing Congreso, Semáforo, Resumen and the informe agree on it", () => {
  beforeAll(async () => {
    const run = await cli(
      "consolidate",
      file("plan.xlsx"),
      "--import",
      file("congreso.xlsx"),
      "--cutoff",
      "T2",
      "--out",
      file("consolidated.xlsx")
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("writes the file's rows into the ECR tab", async () => {
    expect(column(await read("consolidated.xlsx"), "T_ECR", HEADERS.activity).slice(0, 5)).toEqual([
      "Seguimiento a proyectos de ley",
      "Boletín legislativo",
      "Mesas con bancadas",
      "Audiencias públicas",
      null,
    ]);
  });

  it("Semáforo (semaphore --json, what the pane's Semáforo shows): 87,5 % Verde, one row in red", async () => {
    const run = await cli("semaphore", file("consolidated.xlsx"), "--json");
    const result = JSON.parse(run.stdout);
    const ecr = result.areas.find((area: { code: string }) => area.code === "ECR");
    expect([ecr.compliance, ecr.band]).toEqual([0.875, "verde"]);
    expect(
      result.rows.filter(
        (row: { area: string; band: string }) => row.area === "ECR" && row.band === "rojo"
      ).length
    ).toBe(1);
  });

  it("the informe: 87,5 % Verde, one row in red", async () => {
    const { report: informe } = await report(new FileHost({ input: file("consolidated.xlsx") }), {
      semester: 1,
      language: "es",
      output: "html",
      today: TODAY,
    });
    const ecr = informe.areas.find((area) => area.code === "ECR")!;
    expect([ecr.compliance, ecr.band]).toEqual([0.875, "verde"]);
    expect(informe.redRows.filter((row) => row.areaCode === "ECR").map((row) => row.id)).toEqual([
      "ECR-02",
    ]);
  });

  it("Resumen, recalculated by LibreOffice: 87,5 % Verde", async () => {
    const [recalculated] = recalculateWithLibreOffice(
      [file("consolidated.xlsx")],
      testOutputDir("import-areas-lo")
    );
    const workbook: ExcelJS.Workbook = await loadWorkbook(recalculated);
    const summary = workbook.getWorksheet("Resumen")!;
    const row = summary.getRow(layoutSummarySheet(DEFAULT_TEMPLATE).areaRows.get("ECR")!);
    const result = (cell: ExcelJS.Cell): unknown =>
      cell.value !== null && typeof cell.value === "object" && "result" in cell.value
        ? cell.value.result
        : cell.value;
    expect(result(row.getCell(SUMMARY_COLUMN.compliance))).toBeCloseTo(0.875, 10);
    expect(result(row.getCell(SUMMARY_COLUMN.band))).toBe("Verde");
  });
});

describe("finding 3: consolidating again without the file keeps the imported rows", () => {
  it("keeps Congreso's four rows in Matriz and says nothing vanished", async () => {
    const run = await cli(
      "consolidar",
      file("consolidated.xlsx"),
      "--cutoff",
      "T2",
      "--out",
      file("again.xlsx"),
      "--json"
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.vanished).toEqual([]);
    const matrix = await read("again.xlsx");
    const areas = column(matrix, "T_Matriz", "Área");
    const activities = column(matrix, "T_Matriz", HEADERS.activity).filter(
      (_, index) => areas[index] === "Enlace con el Congreso de la República"
    );
    expect(activities.slice(0, 4)).toEqual([
      "Seguimiento a proyectos de ley",
      "Boletín legislativo",
      "Mesas con bancadas",
      "Audiencias públicas",
    ]);
  });
});

describe("import, its own step", () => {
  it("takes from a copy of the whole plan only the area whose rows hold typed values", async () => {
    const run = await cli(
      "import",
      file("plan.xlsx"),
      file("congreso.xlsx"),
      "--out",
      file("imported.xlsx"),
      "--json"
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(
      result.imported.map((area: { area: string; rows: number }) => [area.area, area.rows])
    ).toEqual([["ECR", 4]]);
    // The other 16 of the 17 areas (Control Interno's blank table included) are unfilled in the copy: ignored.
    expect(
      result.findings.filter((finding: { code: string }) => finding.code === "import.noData")
    ).toHaveLength(16);
  });

  it("consolidate --import gives the matrix that import, then consolidate, gives", async () => {
    await cli(
      "consolidate",
      file("imported.xlsx"),
      "--cutoff",
      "T2",
      "--out",
      file("two-steps.xlsx")
    );
    const matrix = async (name: string) => tableOf(await read(name), "T_Matriz").rows;
    expect(await matrix("two-steps.xlsx")).toEqual(await matrix("consolidated.xlsx"));
  });
});

describe("conflicts", () => {
  beforeAll(async () => {
    // The office typed a row of its own into the ECR tab meanwhile.
    await (
      await filledPlanWorkbook(DEFAULT_TEMPLATE, {
        ECR: [validRow("Agenda legislativa propia", [1, 1, null, null])],
      })
    ).xlsx.writeFile(file("typed.xlsx"));
    await (
      await filledPlanWorkbook(DEFAULT_TEMPLATE, {
        ECR: [validRow("Otra versión del Congreso", [1, 1, null, null])],
      })
    ).xlsx.writeFile(file("congreso-bis.xlsx"));
  });

  it("refuses a tab holding different typed values: exit 2, one line per conflict, nothing written", async () => {
    const run = await cli(
      "importar",
      file("typed.xlsx"),
      file("congreso.xlsx"),
      "--out",
      file("refused.xlsx")
    );
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toEqual([
      `⚠ La pestaña «3.3 Enlace con el Congreso» del área ECR ya tiene 1 valor escrito distinto de los de «${file("congreso.xlsx")}» (el primero: ECR-01, Actividad): no se importó. Para reemplazarlos, añada --reemplazar ECR (lo reemplazado queda en «Registro»).`,
      `No se importó nada ni se escribió «${file("refused.xlsx")}»: resuelva el conflicto y vuelva a ejecutar.`,
    ]);
    expect(existsSync(file("refused.xlsx"))).toBe(false);
  });

  it("with --reemplazar ECR imports, and Registro holds the replaced value to put back by hand", async () => {
    const run = await cli(
      "importar",
      file("typed.xlsx"),
      file("congreso.xlsx"),
      "--reemplazar",
      "ECR",
      "--out",
      file("replaced.xlsx")
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const snapshot = await read("replaced.xlsx");
    expect(column(snapshot, "T_ECR", HEADERS.activity)[0]).toBe("Seguimiento a proyectos de ley");
    const log = tableOf(snapshot, "T_Reemplazos");
    expect(log.headers).toEqual([
      "Área",
      "Archivo",
      "ID",
      "Columna",
      "Valor anterior",
      "Valor nuevo",
      "Reemplazado el",
    ]);
    expect(log.rows).toEqual([
      [
        { kind: "text", value: "ECR" },
        { kind: "text", value: file("congreso.xlsx") },
        { kind: "text", value: "ECR-01" },
        { kind: "text", value: "Actividad" },
        { kind: "text", value: "Agenda legislativa propia" },
        { kind: "text", value: "Seguimiento a proyectos de ley" },
        // 5 July 2021 as a date: 2021-01-01 is serial 44197, and 5 July is day 186 of the year → 44382.
        { kind: "date", serial: 44382 },
      ],
    ]);
    // A later consolidation rewrites Registro and keeps the record.
    await cli("consolidate", file("replaced.xlsx"), "--out", file("replaced-consolidated.xlsx"));
    expect(tableOf(await read("replaced-consolidated.xlsx"), "T_Reemplazos").rows).toEqual(
      log.rows
    );
  });

  it("imports the same file again without a conflict: nothing typed would change", async () => {
    const run = await cli(
      "import",
      file("consolidated.xlsx"),
      file("congreso.xlsx"),
      "--out",
      file("same-again.xlsx")
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("refuses two files for one area, even with --replace: never merged", async () => {
    const run = await cli(
      "import",
      file("plan.xlsx"),
      file("congreso.xlsx"),
      file("congreso-bis.xlsx"),
      "--replace",
      "ECR",
      "--out",
      file("two.xlsx"),
      "--lang",
      "en"
    );
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toEqual([
      `⚠ Area ECR comes in two files (${file("congreso.xlsx")}, ${file("congreso-bis.xlsx")}): they are not merged and neither was imported. Keep only the right file and import again.`,
      `Nothing was imported and “${file("two.xlsx")}” was not written: resolve the conflict and run again.`,
    ]);
    expect(existsSync(file("two.xlsx"))).toBe(false);
  });

  it("consolidate --import refuses the same way and writes nothing", async () => {
    const run = await cli(
      "consolidate",
      file("typed.xlsx"),
      "--import",
      file("congreso.xlsx"),
      "--out",
      file("refused-consolidated.xlsx")
    );
    expect(run.code).toBe(2);
    // The option named as the user would type it next to the English command.
    expect(run.stderr).toContain("añada --replace ECR");
    expect(existsSync(file("refused-consolidated.xlsx"))).toBe(false);
  });
});

it("refuses an unreadable area file in one line with exit 2", async () => {
  const bad = path.resolve(__dirname, "..", "fixtures", "producers", "bad", "letter.docx");
  const run = await cli("import", file("plan.xlsx"), bad, "--out", file("never.xlsx"));
  expect(run.code).toBe(2);
  expect(run.stderr.split("\n")).toHaveLength(1);
  expect(run.stderr).toContain("letter.docx");
  expect(existsSync(file("never.xlsx"))).toBe(false);
});
