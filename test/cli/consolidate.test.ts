/**
 * `plan-matrix consolidate` over real files, read back with openpyxl: every ID once, area tabs untouched, text
 * stays text, planning notes survive re-runs, a re-run changes nothing, failures leave the previous file whole,
 * and area workbooks returned by email are imported or reported as conflicts.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { consolidateWorkbookFile } from "../../src/cli/commands/consolidateCommand";
import { loadWorkbook } from "../support/exceljs/workbookFile";
import {
  cellsOf,
  inspectWithOpenpyxl,
  InspectedSheet,
  InspectedWorkbook,
} from "../support/openpyxl";
import { recalculateWithLibreOffice } from "../support/libreoffice";
import { sampleTemplate } from "../support/sampleTemplate";
import { filledPlanWorkbook, validRow } from "../support/filledPlan";
import { findAreaTable } from "../support/fillArea";
import { testOutputDir } from "../support/tempDir";
import { cli } from "../support/runCli";
import { changedEntries, zipEntries } from "../support/zipEntries";

const INJECTIONS = ['=HYPERLINK("http://x","y")', "+57 300 1234567", "-5 días", "@SUM(A1)", "=1+1"];
const dir = testOutputDir("consolidate");
const file = (name: string): string => path.join(dir, name);
const hash = (name: string): string =>
  createHash("sha256").update(readFileSync(name)).digest("hex");
const TODAY = "2021-07-05";

const template = sampleTemplate();
const mainFill = {
  DJ: [
    validRow(INJECTIONS[0], [1, 1, null, null], {
      [HEADERS.observations]: INJECTIONS[1],
      [HEADERS.evidence]: INJECTIONS[2],
    }),
    validRow("Asesorar a las alcaldías", [1, 0, null, null], {
      [HEADERS.deliverable]: INJECTIONS[3],
      [HEADERS.indicatorFormula]: INJECTIONS[4],
    }),
  ],
};

const sheetByTable = (workbook: InspectedWorkbook, table: string): InspectedSheet =>
  workbook.sheets.find((sheet) => sheet.tables.some((t) => t.name === table))!;

function tableRows(workbook: InspectedWorkbook, name: string): Record<string, unknown>[] {
  const sheet = sheetByTable(workbook, name);
  const table = sheet.tables.find((t) => t.name === name)!;
  const [start, end] = table.ref.split(":");
  const top = Number(start.replace(/\D/g, ""));
  const bottom = Number(end.replace(/\D/g, ""));
  const cells = cellsOf(sheet);
  const letters = (i: number): string =>
    (i >= 26 ? String.fromCharCode(64 + Math.floor(i / 26)) : "") +
    String.fromCharCode(65 + (i % 26));
  const rows: Record<string, unknown>[] = [];
  for (let row = top + 1; row <= bottom; row++) {
    rows.push(
      Object.fromEntries(
        table.headers.map((header, i) => [header, cells.get(`${letters(i)}${row}`)?.value ?? null])
      )
    );
  }
  return rows;
}

const matrixRows = (workbook: InspectedWorkbook): Record<string, unknown>[] =>
  tableRows(workbook, "T_Matriz");

const areaSheets = (workbook: InspectedWorkbook): InspectedSheet[] =>
  workbook.sheets.filter((sheet) => sheet.tables.some((t) => /^T_(DJ|SGR|CI)$/.test(t.name)));

async function saveMain(name: string): Promise<string> {
  const workbook = await filledPlanWorkbook(template, mainFill);
  await workbook.xlsx.writeFile(file(name));
  return file(name);
}

async function edit(
  source: string,
  target: string,
  change: (workbook: ExcelJS.Workbook) => void
): Promise<string> {
  const workbook = await loadWorkbook(source);
  change(workbook);
  await workbook.xlsx.writeFile(target);
  return target;
}

describe("consolidate this workbook's tabs", () => {
  let input: string;
  let first: InspectedWorkbook;

  beforeAll(async () => {
    input = await saveMain("main.xlsx");
    await consolidateWorkbookFile({
      input,
      imports: [],
      out: file("first.xlsx"),
      force: false,
      today: TODAY,
    });
    first = inspectWithOpenpyxl(file("first.xlsx"));
  });

  it("puts every ID of every area exactly once in Matriz, areas in template order", () => {
    const ids = matrixRows(first).map((row) => row.ID);
    expect(ids).toEqual(["DJ-01", "DJ-02", "SGR-01"]);
    const rows = matrixRows(first);
    expect(rows[0]).toMatchObject({
      Macroproceso: "Misional",
      Área: "Dirección Jurídica",
      Meta: 4,
      "Programado a la fecha": 1,
      "Ejecutado a la fecha": 1,
      "% Cumplimiento": 1,
      Semáforo: "Verde",
    });
    expect(sheetByTable(first, "T_Matriz").tables[0].headers.slice(-2)).toEqual([
      "Observaciones Planeación",
      "Verificado",
    ]);
  });

  it("writes text copied from an area as literal text, never as a formula", () => {
    const sheet = sheetByTable(first, "T_Matriz");
    for (const text of INJECTIONS) {
      const cell = sheet.cells.find((candidate) => candidate.value === text);
      expect([text, cell?.dataType]).toEqual([text, "s"]);
    }
    expect(sheet.cells.some((cell) => cell.dataType === "f")).toBe(false);
  });

  it("writes each area's issue counts from validation into Resumen", async () => {
    const validation = JSON.parse((await cli("validate", input, "--json")).stdout) as {
      areas: { code: string; errors: number; warnings: number }[];
    };
    const summary = cellsOf(first.sheets.find((sheet) => sheet.name === "Resumen")!);
    expect([summary.get("K4")?.value, summary.get("L4")?.value]).toEqual([
      "Errores",
      "Advertencias",
    ]);
    validation.areas.forEach((area, index) => {
      expect([
        area.code,
        summary.get(`C${5 + index}`)?.value,
        summary.get(`K${5 + index}`)?.value,
        summary.get(`L${5 + index}`)?.value,
      ]).toEqual([area.code, area.code, area.errors, area.warnings]);
    });
    expect(validation.areas.some((area) => area.errors + area.warnings > 0)).toBe(true);
  });

  it("leaves a workbook that validates as before: the matrix and log tables are not areas", async () => {
    const codes = (file: string) =>
      cli("validate", file, "--json").then((run) =>
        (JSON.parse(run.stdout).issues as { code: string; cell: string }[]).map(
          (issue) => `${issue.code} ${issue.cell}`
        )
      );
    expect(await codes(file("first.xlsx"))).toEqual(await codes(input));
  });

  it("never changes an area tab", () => {
    const before = inspectWithOpenpyxl(input);
    expect(areaSheets(first)).toEqual(areaSheets(before));
  });

  it("copies every area tab, its table and the shared strings byte for byte", () => {
    const before = zipEntries(input);
    const after = zipEntries(file("first.xlsx"));
    const changed = new Set(changedEntries(before.entries, after.entries));
    const areaTabs = Object.keys(before.sheets).filter((name) => /^\d/.test(name));
    expect(areaTabs).toHaveLength(3);
    for (const tab of areaTabs) {
      const part = before.sheets[tab];
      expect(after.sheets[tab]).toBe(part);
      const relationships = part.replace(
        /worksheets\/(sheet\d+\.xml)$/,
        "worksheets/_rels/$1.rels"
      );
      expect([tab, changed.has(part), changed.has(relationships)]).toEqual([tab, false, false]);
    }
    for (const unchanged of ["xl/sharedStrings.xml", "xl/theme/theme1.xml", "docProps/core.xml"])
      expect([unchanged, changed.has(unchanged)]).toEqual([unchanged, false]);
    const tableParts = Object.keys(before.entries).filter((name) => name.includes("tables/"));
    expect(tableParts.filter((name) => changed.has(name))).toEqual([]);
  });

  it("recalculates in LibreOffice without error values and keeps the injections as text", () => {
    const [converted] = recalculateWithLibreOffice(
      [file("first.xlsx")],
      path.join(dir, "recalculated")
    );
    const values = inspectWithOpenpyxl(converted, { values: true });
    const errors = values.sheets.flatMap((sheet) =>
      sheet.cells.filter((cell) => /^#(REF!|NAME\?|VALUE!|DIV\/0!|N\/A)/.test(String(cell.value)))
    );
    expect(errors).toEqual([]);
    const matrix = matrixRows(values);
    expect(matrix[0].Actividad).toBe(INJECTIONS[0]);
    expect(matrix[1]["Fórmula del indicador"]).toBe("=1+1");
  });

  it("keeps planning notes across re-runs, reports rows that vanished and keeps their notes; a second run changes nothing", async () => {
    const withNotes = await edit(file("first.xlsx"), file("noted.xlsx"), (workbook) => {
      const sheet = workbook.getWorksheet("Matriz")!;
      const headers = (sheet.getRow(4).values as unknown[]).slice(1);
      const notes = headers.indexOf("Observaciones Planeación") + 1;
      sheet.getRow(5).getCell(notes).value = "Revisado en comité";
      sheet.getRow(5).getCell(notes + 1).value = "Sí";
      sheet.getRow(6).getCell(notes).value = "Pedir soporte";
    });
    const renamed = await edit(withNotes, file("renamed.xlsx"), (workbook) => {
      const { sheet, headerRow } = findAreaTable(workbook, "DJ");
      sheet.getRow(headerRow + 2).getCell(1).value = "DJ-09";
    });
    const result = await consolidateWorkbookFile({
      input: renamed,
      imports: [],
      out: file("second.xlsx"),
      force: false,
      today: TODAY,
    });
    expect(result.matrix.vanishedKeys).toEqual(["DJ-02"]);
    expect(result.findings.map((finding) => finding.code)).toContain("matrix.rowsVanished");
    const second = inspectWithOpenpyxl(file("second.xlsx"));
    const rows = matrixRows(second);
    expect(rows.map((row) => row.ID)).toEqual(["DJ-01", "DJ-09", "SGR-01"]);
    expect(rows[0]).toMatchObject({
      "Observaciones Planeación": "Revisado en comité",
      Verificado: "Sí",
    });
    expect(rows[1]["Observaciones Planeación"]).toBeNull();
    expect(tableRows(second, "T_NotasRetiradas")).toEqual([
      {
        ID: "DJ-02",
        Área: "Dirección Jurídica",
        "Observaciones Planeación": "Pedir soporte",
        Verificado: null,
        "Retirada el": TODAY,
      },
    ]);

    await consolidateWorkbookFile({
      input: file("second.xlsx"),
      imports: [],
      out: file("third.xlsx"),
      force: false,
      today: "2021-08-01",
    });
    const third = inspectWithOpenpyxl(file("third.xlsx"));
    expect(matrixRows(third)).toEqual(matrixRows(second));
    expect(tableRows(third, "T_NotasRetiradas")).toEqual(tableRows(second, "T_NotasRetiradas"));
    expect(sheetByTable(third, "T_Matriz")).toEqual(sheetByTable(second, "T_Matriz"));
    expect(areaSheets(third)).toEqual(areaSheets(second));
  });

  it("leaves the previous output and the input whole when it fails at any step", async () => {
    const steps: string[] = [];
    await consolidateWorkbookFile(
      { input, imports: [], out: file("steps.xlsx"), force: false, today: TODAY },
      (step) => steps.push(step)
    );
    expect(steps).toEqual(
      expect.arrayContaining([
        "sheet:Matriz",
        "sheet:Tablero",
        "sheet:Registro",
        "serialise",
        "write",
        "rename",
      ])
    );
    const target = file("steps.xlsx");
    const before = hash(target);
    const inputBefore = hash(input);
    for (const failing of steps) {
      await expect(
        consolidateWorkbookFile(
          { input, imports: [], out: target, force: true, today: "2022-01-01" },
          (step) => {
            if (step === failing) throw new Error(`injected failure at ${failing}`);
          }
        )
      ).rejects.toThrow();
      expect([failing, hash(target)]).toEqual([failing, before]);
    }
    expect(hash(input)).toBe(inputBefore);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});

describe("consolidate with area workbooks returned by email", () => {
  it("imports the good file into its tabs, leaves out the stale version, refuses a second claim, and says what to do", async () => {
    const mainTemplate = sampleTemplate({ templateVersion: 2 });
    const main = await filledPlanWorkbook(mainTemplate, {});
    await main.xlsx.writeFile(file("office.xlsx"));
    const good = await filledPlanWorkbook(mainTemplate, {
      DJ: [
        validRow("Actividad del archivo bueno", [1, 1, null, null]),
        validRow("Otra", [0, 1, null, null]),
      ],
      SGR: [validRow("Regalías", [1, 1, null, null])],
    });
    await good.xlsx.writeFile(file("juridica.xlsx"));
    const stale = await filledPlanWorkbook(sampleTemplate({ templateVersion: 1 }), {
      CI: [validRow("Auditoría", [1, null, null, null])],
    });
    await stale.xlsx.writeFile(file("control-v1.xlsx"));
    const rival = await filledPlanWorkbook(mainTemplate, {
      SGR: [validRow("Regalías, otra versión", [0, 0, null, null])],
    });
    await rival.xlsx.writeFile(file("regalias.xlsx"));

    const run = await cli(
      "consolidate",
      file("office.xlsx"),
      "--import",
      file("juridica.xlsx"),
      "--import",
      file("control-v1.xlsx"),
      "--out",
      file("imported.xlsx"),
      "--json"
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(
      result.imported.map((area: { area: string; file: string; rows: number }) => [
        area.area,
        area.file,
        area.rows,
      ])
    ).toEqual([
      ["DJ", file("juridica.xlsx"), 2],
      ["SGR", file("juridica.xlsx"), 1],
    ]);
    const conflicts = result.findings.filter(
      (finding: { severity: string }) => finding.severity === "conflict"
    );
    expect(
      conflicts.map((c: { code: string; area: string; file: string | null }) => [
        c.code,
        c.area,
        c.file,
      ])
    ).toEqual([["import.staleVersion", "CI", file("control-v1.xlsx")]]);
    expect(conflicts[0].message).toMatch(
      /copie sus filas en el archivo del plan vigente \(versión 2\)/
    );

    const output = inspectWithOpenpyxl(file("imported.xlsx"));
    const rows = matrixRows(output);
    expect(
      rows.filter((row) => row.Área === "Dirección Jurídica").map((row) => row.Actividad)
    ).toEqual(["Actividad del archivo bueno", "Otra"]);
    expect(rows.find((row) => row.ID === "SGR-01")?.Actividad).toBe("Regalías");
    // The imported rows are in their tabs now: the tab is the area's one source.
    expect(tableRows(output, "T_DJ").map((row) => row.Actividad)).toEqual([
      "Actividad del archivo bueno",
      "Otra",
    ]);
    const log = cellsOf(output.sheets.find((sheet) => sheet.name === "Registro")!);
    expect([...log.values()].map((cell) => cell.value)).toEqual(
      expect.arrayContaining([file("juridica.xlsx"), "Conflicto"])
    );

    // A second file for SGR: a conflict, never merged, and nothing is written.
    const refused = await cli(
      "consolidate",
      file("office.xlsx"),
      "--import",
      file("juridica.xlsx"),
      "--import",
      file("regalias.xlsx"),
      "--out",
      file("refused.xlsx")
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `⚠ El área SGR llega en dos archivos (${file("juridica.xlsx")}, ${file("regalias.xlsx")}): no se mezclan ni se importó ninguno.`
    );
    expect(existsSync(file("refused.xlsx"))).toBe(false);
  });

  it("refuses an unreadable import in one line with exit 2", async () => {
    const run = await cli(
      "consolidate",
      file("main.xlsx"),
      "--import",
      path.join(dir, "missing.xlsx"),
      "--out",
      file("never.xlsx")
    );
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toHaveLength(1);
    expect(existsSync(file("never.xlsx"))).toBe(false);
  });
});
