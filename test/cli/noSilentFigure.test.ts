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
import { recalculateWithLibreOffice } from "../support/libreoffice";
import { cellsOf, inspectWithOpenpyxl, saveWithoutSheet } from "../support/openpyxl";
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

  it("1b. a Corte formula the file holds without its result is unknown, not blank: the message says so", async () => {
    // ExcelJS writes the formula without a result, as openpyxl and scripts do (probe B D9: it read «está vacío»).
    const file = await planFile(
      { DJ: [validRow("A", [1, 1, null, null])] },
      {
        edit: (workbook) => {
          workbook.getWorksheet("Configuración")!.getCell("B6").value = {
            formula: '"T"&(1+1)',
          } as ExcelJS.CellFormulaValue;
        },
      }
    );
    const run = await cli("semaphore", file);
    expect([run.code, run.stdout]).toEqual([2, ""]);
    expect(run.stderr.trim()).toBe(
      `El corte de «Configuración» en «${file}» tiene la fórmula ="T"&(1+1), que nunca se calculó (el archivo ` +
        "no guarda su resultado), así que no se sabe a qué periodo calcular. Abra el libro en Excel o LibreOffice " +
        "y guárdelo para que la calcule, o indique --cutoff (uno de: T1, T2, T3, T4). Para ver los errores: " +
        `plan-matrix validate ${file}`
    );
    const english = await cli("semaphore", file, "--lang", "en");
    expect(english.stderr.trim()).toBe(
      `The cut-off in “Configuración” of “${file}” holds the formula ="T"&(1+1), which was never calculated (the ` +
        "file keeps no result for it), so the period to compute at is unknown. Open the workbook in Excel or " +
        "LibreOffice and save it so that it is calculated, or pass --cutoff (one of: T1, T2, T3, T4). To see the " +
        `errors: plan-matrix validate ${file}`
    );
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

  it("15. a value pasted over CorteIndice marks every figure, names the cell and the fix, and exits 1", async () => {
    // Row A at Corte's T2: (1 + 0.2) ÷ 2 = 0.6, Amarillo. CorteIndice holds 1, so the sheets compute at T1 instead:
    // 1 ÷ 1 = 1, Verde. The core keeps its 0.6 but marks it, and the row is counted: 1 row + CorteIndice = 2.
    const file = await planFile(
      { DJ: [validRow("A", [1, 0.2, null, null])] },
      {
        edit: (workbook) => {
          workbook.getWorksheet("Configuración")!.getCell("B7").value = 1;
        },
      }
    );
    expect(await issueCodes(file)).toContain("configuration.cutoffIndexOverwritten@B7");
    const result = await semaphoreJson(file);
    // Before: exit 0, row and DJ 0.6 "amarillo", no warning.
    expect(result.code).toBe(1);
    expect(result.json.rows[0]).toMatchObject({ compliance: 0.6, band: "con-errores" });
    expect(area(result.json, "DJ")).toMatchObject({ compliance: 0.6, band: "con-errores" });
    expect(result.json.institution).toMatchObject({ compliance: 0.6, band: "con-errores" });
    expect(result.json).toMatchObject({ threshold_errors: 0, cutoff_index_errors: 1 });
    const fixed = file.replace(/\.xlsx$/, "-corregido.xlsx");
    const spanish =
      "⚠ 2 cifras se apoyan en errores (1 fila excluida, 0 áreas sin cifra, 0 umbrales no válidos, la celda " +
      "CorteIndice sin su fórmula): se marcan «Con errores» o indican cuántas filas excluyen. La celda CorteIndice " +
      "('Configuración'!B7) ya no tiene su fórmula, así que las fórmulas del libro calculan a otro periodo que el de " +
      `«Corte»; «plan-matrix fix» la escribe de nuevo: plan-matrix fix ${file} --out ${fixed}. Para ver cada ` +
      `error: plan-matrix validate ${file} --cutoff T2`;
    expect(result.err).toBe(spanish);
    const english = await cli("semaphore", file, "--lang", "en");
    expect(english.code).toBe(1);
    expect(english.stderr).toBe(
      "⚠ 2 figures rest on errors (1 row left out, 0 areas without a figure, 0 unusable thresholds, the " +
        "CorteIndice cell without its formula): they are marked “With errors” or say how many rows they leave out. " +
        "The CorteIndice cell ('Configuración'!B7) no longer holds its formula, so the workbook's formulas compute " +
        "at another period than the one in “Corte”; “plan-matrix fix” writes it back: plan-matrix fix " +
        `${file} --out ${file.replace(/\.xlsx$/, "-fixed.xlsx")}. To see each error: plan-matrix validate ` +
        `${file} --cutoff T2`
    );

    // consolidate and report print their output all the same, marked, and exit 1 with the same warning.
    const consolidated = path.join(dir, "fifteen-consolidated.xlsx");
    const consolidate = await cli("consolidate", file, "--out", consolidated);
    expect(consolidate.code).toBe(1);
    expect(consolidate.stderr).toContain(spanish);
    const written = inspectWithOpenpyxl(consolidated).sheets;
    const dashboard = cellsOf(written.find((sheet) => sheet.name === "Tablero")!);
    // Tablero's first area row (4): Dirección Jurídica, its figure kept, its band marked.
    expect([
      dashboard.get("A4")?.value,
      dashboard.get("C4")?.value,
      dashboard.get("D4")?.value,
    ]).toEqual(["Dirección Jurídica", 0.6, "Con errores"]);
    // Matriz: the Semáforo column. DJ-01 marked; DJ-02 and SGR-01, generated with an objective and nothing
    // programmed in any period, stay Sin diligenciar (no period to dispute).
    const matrix = written.find((sheet) => sheet.name === "Matriz")!;
    const header = matrix.cells.find((cell) => cell.value === HEADERS.semaphore)!;
    const column = header.address.replace(/\d+$/, "");
    const matrixBands = matrix.cells
      .filter((cell) => cell.address.replace(/\d+$/, "") === column)
      .map((cell) => cell.value);
    expect(matrixBands).toEqual([
      HEADERS.semaphore,
      "Con errores",
      "Sin diligenciar",
      "Sin diligenciar",
    ]);
    const report = await cli(
      "report",
      file,
      "--semester",
      "1",
      "--out",
      path.join(dir, "fifteen.html")
    );
    expect(report.code).toBe(1);
    expect(report.stderr).toContain(spanish);
    expect(readFileSync(path.join(dir, "fifteen.html"), "utf8")).toContain("Con errores");

    // `fix` writes the formula back (read back by openpyxl); then the figures stand and the command exits 0.
    const repaired = path.join(dir, "fifteen-fixed.xlsx");
    await cli("fix", file, "--out", repaired);
    const configuration = cellsOf(
      inspectWithOpenpyxl(repaired).sheets.find((sheet) => sheet.name === "Configuración")!
    );
    expect(configuration.get("B7")?.value).toBe("=MATCH(Corte,Periodos,0)");
    const after = await semaphoreJson(repaired);
    expect(after.code).toBe(0);
    expect(after.err).toBe("");
    expect(area(after.json, "DJ")).toMatchObject({ compliance: 0.6, band: "amarillo" });
    expect(after.json).toMatchObject({ threshold_errors: 0, cutoff_index_errors: 0 });
  });

  it("16. a CorteIndice whose formula gives an error (the sheet Listas deleted) marks every figure, says what to do, and exits 1", async () => {
    // Row A at Corte's T2: (1 + 0.2) ÷ 2 = 0.6, Amarillo. openpyxl deletes the hidden sheet «Listas», so `Periodos`
    // points at nothing; LibreOffice recalculates on load and stores CorteIndice's result: an error value, its
    // formula intact (as Excel's #REF!). Every live formula of the sheets then shows an error, so the core keeps its
    // 0.6 but marks it, and the row is counted: 1 row + CorteIndice = 2.
    const planned = await planFile({ DJ: [validRow("A", [1, 0.2, null, null])] });
    const withoutLists = path.join(dir, "sixteen-without-lists.xlsx");
    saveWithoutSheet(planned, withoutLists, "Listas");
    const [file] = recalculateWithLibreOffice(
      [withoutLists],
      path.join(dir, "sixteen-recalculated")
    );
    const configuration = cellsOf(
      inspectWithOpenpyxl(file).sheets.find((sheet) => sheet.name === "Configuración")!
    );
    expect(configuration.get("B7")?.value).toBe("=MATCH(Corte,Periodos,0)");
    expect(await issueCodes(file)).toContain("configuration.cutoffIndexError@B7");
    const result = await semaphoreJson(file);
    // Before: exit 0, row and DJ 0.6 "amarillo", no warning.
    expect(result.code).toBe(1);
    expect(result.json.rows[0]).toMatchObject({ compliance: 0.6, band: "con-errores" });
    expect(area(result.json, "DJ")).toMatchObject({ compliance: 0.6, band: "con-errores" });
    expect(result.json.institution).toMatchObject({ compliance: 0.6, band: "con-errores" });
    expect(result.json).toMatchObject({ threshold_errors: 0, cutoff_index_errors: 1 });
    expect(result.err).toBe(
      "⚠ 2 cifras se apoyan en errores (1 fila excluida, 0 áreas sin cifra, 0 umbrales no válidos, la celda " +
        "CorteIndice con un valor de error): se marcan «Con errores» o indican cuántas filas excluyen. La celda " +
        "CorteIndice ('Configuración'!B7) conserva su fórmula pero da un valor de error, así que las fórmulas del " +
        "libro muestran errores; suele pasar cuando se borró la hoja oculta «Listas» o el nombre «Periodos». " +
        "Restaure «Listas» desde una copia del libro original (o deshaga el borrado) y las fórmulas volverán a " +
        `calcular. Para ver cada error: plan-matrix validate ${file} --cutoff T2`
    );
    const english = await cli("semaphore", file, "--lang", "en");
    expect(english.code).toBe(1);
    expect(english.stderr).toBe(
      "⚠ 2 figures rest on errors (1 row left out, 0 areas without a figure, 0 unusable thresholds, the " +
        "CorteIndice cell holding an error value): they are marked “With errors” or say how many rows they leave " +
        "out. The CorteIndice cell ('Configuración'!B7) still holds its formula but gives an error value, so the " +
        "workbook's formulas show errors; this usually happens when the hidden sheet “Listas” or the name " +
        "“Periodos” was deleted. Restore “Listas” from a copy of the original workbook (or undo the deletion) and " +
        `the formulas will compute again. To see each error: plan-matrix validate ${file} --cutoff T2`
    );
  });
});
