/**
 * Issue 8's twelve findings (SPEC §5.1 "No silent figure", §6 one cut-off, §7): each tried as a user would, on a
 * filled plan written to disk, through the CLI. Every expected figure is worked out by hand in the comment beside
 * it. Rows are `validRow`s: Número, 1 programmed each quarter (Meta 4).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { loadWorkbook } from "../support/exceljs/workbookFile";
import { filledPlanWorkbook, validRow } from "../support/filledPlan";
import { findAreaTable, RowValues } from "../support/fillArea";
import { inspectWithOpenpyxl } from "../support/openpyxl";
import { cli } from "../support/runCli";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";

const dir = testOutputDir("no-silent-figure");
const template = sampleTemplate();
let counter = 0;

type Json = {
  cutoff: string;
  rows: { id: string; compliance: number | null; band: string }[];
  areas: { code: string; compliance: number | null; band: string; rows_with_errors: number }[];
  institution: { compliance: number | null; band: string; rows_with_errors: number };
};

/** Writes the plan filled with `fill`, after `edit`, with `Corte` = `cutoff` (null: emptied). */
async function planFile(
  fill: Record<string, RowValues[]>,
  options: { cutoff?: string | null; edit?: (workbook: ExcelJS.Workbook) => void } = {}
): Promise<string> {
  const workbook = await filledPlanWorkbook(template, fill);
  const configuration = workbook.getWorksheet("Configuración")!;
  configuration.getCell("B6").value = options.cutoff === undefined ? "T2" : options.cutoff;
  options.edit?.(workbook);
  const file = path.join(dir, `plan-${++counter}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

const semaphoreJson = async (file: string): Promise<{ code: number; json: Json; err: string }> => {
  const run = await cli("semaphore", file, "--json");
  return { code: run.code, json: JSON.parse(run.stdout) as Json, err: run.stderr };
};
const area = (json: Json, code: string) => json.areas.find((candidate) => candidate.code === code)!;
const issueCodes = async (file: string, ...args: string[]): Promise<string[]> =>
  (
    JSON.parse((await cli("validate", file, "--json", ...args)).stdout) as {
      issues: { code: string; cell: string | null }[];
    }
  ).issues.map((issue) => `${issue.code}@${issue.cell}`);

/** Sets a cell of DJ's data row `row` (0 = first) under `header` to an Excel value, errors included. */
const setDj =
  (row: number, header: string, value: ExcelJS.CellValue) =>
  (workbook: ExcelJS.Workbook): void => {
    const { sheet, headerRow, headers } = findAreaTable(workbook, "DJ");
    sheet.getRow(headerRow + 1 + row).getCell(headers.indexOf(header) + 1).value = value;
  };

describe("issue 8: no figure differs silently from the workbook", () => {
  it("1. an emptied Corte is an error, never a semáforo at T1", async () => {
    const file = await planFile({ DJ: [validRow("A", [1, 1, null, null])] }, { cutoff: null });
    const run = await cli("semaphore", file);
    // Before: exit 0, "Semáforo al corte T1", institution 100,0 % [Verde].
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/corte de «Configuración» .* está vacío/);
    expect(run.stderr).toContain("plan-matrix validate");
    expect(await issueCodes(file)).toContain("structure.badCutoff@B6");
  });

  it("2. thresholds that are not numbers in order are errors naming the cell, and the bands say so", async () => {
    // 1 + 0.7 executed of 1 + 1 programmed: 1.7 ÷ 2 = 0.85 (Verde at 80 %; the sheet, comparing with the text "90%", says Amarillo).
    const fill = { DJ: [validRow("A", [1, 0.7, null, null])] };
    const text = await planFile(fill, {
      edit: (workbook) => {
        workbook.getWorksheet("Configuración")!.getCell("B8").value = "90%";
      },
    });
    const result = await semaphoreJson(text);
    // Before: exit 0, row and area "verde".
    expect(result.json.rows[0]).toMatchObject({ compliance: 0.85, band: "con-errores" });
    expect(area(result.json, "DJ")).toMatchObject({ compliance: 0.85, band: "con-errores" });
    expect(result.code).toBe(1);
    expect(result.err).toContain("1 umbral no válido");
    expect(await issueCodes(text)).toContain("configuration.thresholdNotNumber@B8");

    const eighty = await planFile(fill, {
      edit: (workbook) => {
        workbook.getWorksheet("Configuración")!.getCell("B8").value = 80;
      },
    });
    expect(await issueCodes(eighty)).toContain("configuration.thresholdOrder@B8");
    const reversed = await planFile(fill, {
      edit: (workbook) => {
        workbook.getWorksheet("Configuración")!.getCell("B9").value = 0.9;
      },
    });
    expect(await issueCodes(reversed)).toContain("configuration.thresholdOrder@B9");

    const validations = inspectWithOpenpyxl(text)
      .sheets.find((sheet) => sheet.name === "Configuración")!
      .validations.filter((validation) => /^B(8|9|10)$/.test(validation.sqref))
      .map((validation) => [validation.sqref, validation.type, validation.operator]);
    expect(validations.sort()).toEqual([
      ["B10", "decimal", "greaterThan"],
      ["B8", "decimal", null], // openpyxl leaves out "between", the default operator
      ["B9", "decimal", null],
    ]);
  });

  it("3. rows with programming that weigh 0 % in total make the area an error, not Sin programación", async () => {
    const file = await planFile({
      DJ: [
        validRow("A", [1, 1, null, null], { [HEADERS.weight]: 0 }),
        validRow("B", [null, null, null, null], {
          [HEADERS.weight]: 1,
          "Programado T1": 0,
          "Programado T2": 0,
          "Programado T3": 2,
          "Programado T4": 2,
        }),
      ],
    });
    const result = await semaphoreJson(file);
    // Before: DJ null, "sin-programacion", exit 0; validate silent.
    expect(area(result.json, "DJ")).toMatchObject({ compliance: null, band: "con-errores" });
    expect(result.code).toBe(1);
    expect(await issueCodes(file)).toContain("weights.zeroProgrammed@T8");
  });

  it("4. a programmed row with a blank Ponderación is left out and counted, and the command warns", async () => {
    const file = await planFile({
      DJ: [
        validRow("A", [1, 1, null, null], { [HEADERS.weight]: 1 }), // 2 ÷ 2 = 1
        validRow("B", [0, 0, null, null]), // 0 ÷ 2 = 0, weight blank
      ],
    });
    const result = await semaphoreJson(file);
    // Before: DJ 1 (100 %) verde, exit 0, nothing said about row B.
    expect(area(result.json, "DJ")).toMatchObject({
      compliance: 1,
      band: "verde",
      rows_with_errors: 1,
    });
    expect(result.code).toBe(1);
    expect(result.err).toContain("1 fila excluida");
  });

  it("5. #REF! in an Ejecutado cell makes the row Con errores, left out of the area", async () => {
    const file = await planFile(
      { DJ: [validRow("A", [1, 1, null, null]), validRow("B", [1, 1, null, null])] },
      { edit: setDj(0, "Ejecutado T2", { error: "#REF!" } as ExcelJS.CellErrorValue) }
    );
    const result = await semaphoreJson(file);
    // Before: row A (1 + 0) ÷ 2 = 0.5 rojo; area (0.5 + 1) ÷ 2 = 0.75 amarillo; exit 0.
    expect(result.json.rows[0]).toMatchObject({
      id: "DJ-01",
      compliance: null,
      band: "con-errores",
    });
    expect(area(result.json, "DJ")).toMatchObject({
      compliance: 1,
      band: "verde",
      rows_with_errors: 1,
    });
    expect(result.code).toBe(1);
  });

  it("6. a number stored as text makes the row Con errores instead of counting 0", async () => {
    const file = await planFile(
      { DJ: [validRow("A", [1, 1, null, null]), validRow("B", [1, 0.6, null, null])] },
      { edit: setDj(0, "Ejecutado T2", "0,5") }
    );
    const result = await semaphoreJson(file);
    // Before: row A (1 + 0) ÷ 2 = 0.5 rojo; area (0.5 + 0.8) ÷ 2 = 0.65 amarillo; exit 0.
    expect(result.json.rows[0]).toMatchObject({ compliance: null, band: "con-errores" });
    // Row B alone: 1.6 ÷ 2 = 0.8.
    expect(area(result.json, "DJ")).toMatchObject({
      compliance: 0.8,
      band: "verde",
      rows_with_errors: 1,
    });
    expect(result.code).toBe(1);
  });

  it("7. a renamed required header leaves the area without a figure; institution and informe say so", async () => {
    const fill = {
      DJ: [validRow("A", [1, 1, null, null]), validRow("B", [1, 1, null, null])],
      SGR: [validRow("C", [1, 0.5, null, null])], // 1.5 ÷ 2 = 0.75
    };
    const file = await planFile(fill, {
      edit: (workbook) => {
        const { sheet, headerRow, firstColumn, headers, table } = findAreaTable(workbook, "DJ");
        const index = headers.indexOf("Ejecutado T2");
        (table as unknown as { table: { columns: { name: string }[] } }).table.columns[index].name =
          "Ejecutado 2do trimestre";
        sheet.getRow(headerRow).getCell(firstColumn + index).value = "Ejecutado 2do trimestre";
      },
    });
    const result = await semaphoreJson(file);
    // Before: DJ (1 + 0) ÷ 2 = 0.5 rojo per row, area 0.5 rojo; institution (0.5 + 0.75) ÷ 2 = 0.625; exit 0.
    expect(area(result.json, "DJ")).toMatchObject({
      compliance: null,
      band: "con-errores",
      rows_with_errors: 2,
    });
    expect(result.json.institution).toMatchObject({
      compliance: 0.75,
      band: "amarillo",
      rows_with_errors: 2,
    });
    expect(result.code).toBe(1);
    const report = await cli(
      "report",
      file,
      "--semester",
      "1",
      "--out",
      path.join(dir, "seven.html")
    );
    // Before: "2 filas en rojo", exit 0.
    expect(report.stdout).toContain("0 filas en rojo");
    expect(report.code).toBe(1);
  });

  it("8. consolidate --cutoff writes the cut-off into Corte", async () => {
    const file = await planFile({ DJ: [validRow("A", [1, 1, null, null])] }, { cutoff: "T1" });
    const out = path.join(dir, "eight-out.xlsx");
    const run = await cli("consolidate", file, "--cutoff", "T2", "--out", out);
    expect(run.code).toBe(0);
    // Before: Corte stayed "T1" while Matriz, Tablero and Registro showed T2.
    expect((await loadWorkbook(out)).getWorksheet("Configuración")!.getCell("B6").value).toBe("T2");
  });

  it("9. Tablero's heat map stops at the cut-off and is coloured with the semáforo's bands", async () => {
    const file = await planFile({ DJ: [validRow("A", [1, 1, null, null])] });
    const out = path.join(dir, "nine-out.xlsx");
    expect((await cli("consolidate", file, "--out", out)).code).toBe(0);
    const dashboard = inspectWithOpenpyxl(out).sheets.find((sheet) => sheet.name === "Tablero")!;
    // The heat map's header row, under its title (the trend by cut-off further down has cut-off headers too).
    const rowOf = (address: string): number => Number(address.replace(/\D/g, ""));
    const heatTitle = dashboard.cells.find(
      (cell) => cell.value === "Cumplimiento por periodo (mapa de calor)"
    )!;
    const header = dashboard.cells.filter(
      (cell) =>
        rowOf(cell.address) === rowOf(heatTitle.address) + 1 && /^(T\d)$/.test(String(cell.value))
    );
    // Before: T1, T2, T3, T4 (blank executed counted as 0) under a red-yellow-green colour scale.
    expect(header.map((cell) => cell.value)).toEqual(["T1", "T2"]);
    const heat = dashboard.conditionalFormats.filter((format) => format.sqref.startsWith("B"));
    // Verde, Amarillo, Rojo, Sin diligenciar, Con errores, Sin programación: each band its own colour.
    expect(heat.map((format) => format.type)).toEqual([
      "expression",
      "expression",
      "expression",
      "expression",
      "expression",
      "expression",
    ]);
    expect(heat[0].formula.join()).toContain("UmbralVerde");
  });

  it("10. the informe counts every area, Control Interno included", async () => {
    const file = await planFile({
      DJ: [validRow("A", [1, 1, null, null])],
      SGR: [validRow("B", [1, 1, null, null])],
    });
    const consolidated = path.join(dir, "ten-consolidated.xlsx");
    expect((await cli("consolidate", file, "--out", consolidated)).code).toBe(0);
    const html = path.join(dir, "ten.html");
    expect((await cli("report", consolidated, "--semester", "1", "--out", html)).code).toBe(0);
    const text = readFileSync(html, "utf8");
    // Before: "2 de 2 áreas" and Seguimiento "0 de 0 áreas", no Control Interno row.
    expect(text).toContain("2 de 3 áreas");
    expect(text).toContain("Control Interno");
    // The noun agrees with the number before it (was "0 de 1 áreas").
    expect(text).toContain("0 de 1 área;");
  });

  it("11. the informe's rows without report are validation's: an elapsed period with nothing executed", async () => {
    const file = await planFile({ DJ: [validRow("A", [1, null, null, null])] });
    expect(await issueCodes(file)).toContain("executed.missing@Q8");
    const run = await cli(
      "report",
      file,
      "--semester",
      "1",
      "--out",
      path.join(dir, "eleven.html")
    );
    // Before: "0 sin reporte" (only rows whose every elapsed executed cell is blank, or in Borrador, counted).
    expect(run.stdout).toContain("1 sin reporte");
  });

  it("12. fix --cutoff counts what remains at that cut-off, as validate --cutoff does", async () => {
    const file = await planFile({ DJ: [validRow("A", [1, 1, null, null])] }, { cutoff: "T4" });
    const validate = JSON.parse(
      (await cli("validate", file, "--cutoff", "T2", "--json")).stdout
    ) as {
      summary: { warnings: number; errors: number };
    };
    const run = await cli(
      "fix",
      file,
      "--cutoff",
      "T2",
      "--out",
      path.join(dir, "twelve-fixed.xlsx")
    );
    // Before: "--cutoff" refused (exit 2); without it fix counted the warnings at T4 (T3 and T4 executed missing).
    expect(run.code).toBe(validate.summary.errors > 0 ? 1 : 0);
    expect(run.stdout).toContain(
      `Quedan errores: ${validate.summary.errors}, advertencias: ${validate.summary.warnings}`
    );
  });

  it("13. an input formula the file holds without its result (ExcelJS, openpyxl) is an error, never read as blank", async () => {
    // Row A: Ejecutado T2 =0.5*2 written without its result; row B: the same formula with its result 1 cached, and
    // Evidencias =HYPERLINK(…) without its result.
    const file = await planFile(
      { DJ: [validRow("A", [1, 1, null, null]), validRow("B", [1, 1, null, null])] },
      {
        edit: (workbook) => {
          setDj(0, "Ejecutado T2", { formula: "0.5*2" } as ExcelJS.CellFormulaValue)(workbook);
          setDj(1, "Ejecutado T2", { formula: "0.5*2", result: 1 } as ExcelJS.CellFormulaValue)(
            workbook
          );
          setDj(1, HEADERS.evidence, {
            formula: 'HYPERLINK("http://intranet/acta.pdf","Acta 1")',
          } as ExcelJS.CellFormulaValue)(workbook);
        },
      }
    );
    // Ejecutado T2 is column Q, Evidencias Y; DJ's rows start at 8.
    expect((await issueCodes(file)).filter((code) => code.startsWith("cell.uncalculated"))).toEqual(
      ["cell.uncalculated@Q8", "cell.uncalculated@Y9"]
    );
    const result = await semaphoreJson(file);
    // Before: row A (1 + 0) ÷ 2 = 0.5 rojo, area (0.5 + 1) ÷ 2 = 0.75 amarillo, exit 0. Row B reads its cached 1:
    // (1 + 1) ÷ 2 = 1.
    expect(result.json.rows.slice(0, 2)).toMatchObject([
      { id: "DJ-01", compliance: null, band: "con-errores" },
      { id: "DJ-02", compliance: 1, band: "verde" },
    ]);
    expect(area(result.json, "DJ")).toMatchObject({
      compliance: 1,
      band: "verde",
      rows_with_errors: 1,
    });
    expect(result.code).toBe(1);
    // The Matriz shows the formula as text where it would have copied a blank.
    const out = path.join(dir, "thirteen-out.xlsx");
    expect((await cli("consolidate", file, "--out", out)).code).toBe(1);
    const matrix = (await loadWorkbook(out)).getWorksheet("Matriz")!;
    const texts: string[] = [];
    matrix.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string" && cell.value.includes("HYPERLINK"))
          texts.push(cell.value);
      })
    );
    expect(texts).toEqual(['=HYPERLINK("http://intranet/acta.pdf","Acta 1")']);
  });

  it("14. numbers past the largest sum make the row Con errores (#NUM!), never NaN %", async () => {
    // Row A: Ejecutado T1 and T2 1E+308 each: the sum to T2 overflows, #NUM! in the sheet. Row B: (1 + 1) ÷ 2 = 1.
    const file = await planFile(
      { DJ: [validRow("A", [1e308, 1e308, null, null]), validRow("B", [1, 1, null, null])] },
      {}
    );
    const result = await semaphoreJson(file);
    expect(result.json.rows[0]).toMatchObject({ compliance: null, band: "con-errores" });
    expect(area(result.json, "DJ")).toMatchObject({ compliance: 1, rows_with_errors: 1 });
    expect(result.code).toBe(1);
    const text = await cli("semaphore", file);
    expect(text.stdout).not.toContain("NaN");
  });
});
