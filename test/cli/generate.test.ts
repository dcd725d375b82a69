/**
 * `plan-matrix generate --out plan.xlsx` gives the 2021 plan workbook, checked with readers nobody here wrote:
 * openpyxl for structure (tables, validations, conditional formats, names, protection) and LibreOffice for
 * recalculation (every formula evaluates, none to an error).
 */
import path from "node:path";
import { existsSync } from "node:fs";
import { DEFAULT_TEMPLATE } from "../../src/core/template/defaultTemplate";
import { areaColumns } from "../../src/core/workbook/areaColumns";
import { sheetNameProblem } from "../../src/core/workbook/sheetNames";
import { cellsOf, inspectWithOpenpyxl, InspectedWorkbook } from "../support/openpyxl";
import { recalculateWithLibreOffice } from "../support/libreoffice";
import { testOutputDir } from "../support/tempDir";
import { cliProcess } from "../support/runCli";

const SPEC_HEADERS = [
  "ID",
  "Objetivo",
  "Actividad",
  "Entregable",
  "Indicador",
  "Fórmula del indicador",
  "Tipo de indicador",
  "Unidad de medida",
  "Sentido",
  "Línea base",
  "Meta",
  "Programado T1",
  "Programado T2",
  "Programado T3",
  "Programado T4",
  "Ejecutado T1",
  "Ejecutado T2",
  "Ejecutado T3",
  "Ejecutado T4",
  "Ponderación",
  "Responsable",
  "Fecha inicio",
  "Fecha fin",
  "Presupuesto",
  "Evidencias",
  "Observaciones",
  "Estado del reporte",
  "Programado a la fecha",
  "Ejecutado a la fecha",
  "% Cumplimiento",
  "Semáforo",
];
const ERROR_VALUES = /^#(REF!|NAME\?|VALUE!|DIV\/0!|N\/A|NUM!|NULL!)/;
const columnLetter = (index: number): string =>
  (index >= 26 ? String.fromCharCode(64 + Math.floor(index / 26)) : "") +
  String.fromCharCode(65 + (index % 26));

describe("plan-matrix generate (embedded 2021 plan)", () => {
  let file: string;
  let structure: InspectedWorkbook;
  let recalculated: InspectedWorkbook;

  beforeAll(() => {
    const dir = testOutputDir("generate");
    file = path.join(dir, "plan.xlsx");
    const run = cliProcess(["generate", "--out", file]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("17 áreas, 116 objetivos");
    structure = inspectWithOpenpyxl(file);
    const [converted] = recalculateWithLibreOffice([file], path.join(dir, "recalculated"));
    recalculated = inspectWithOpenpyxl(converted, { values: true });
  });

  const areaSheets = (workbook: InspectedWorkbook) =>
    workbook.sheets.filter((sheet) => sheet.tables.some((table) => table.name.startsWith("T_")));

  it("has 17 area tables named T_<CODE>, with every SPEC §3.2 header in order, and 116 objective rows", () => {
    const sheets = areaSheets(structure);
    expect(sheets).toHaveLength(17);
    const tables = sheets.flatMap((sheet) => sheet.tables);
    expect(tables.map((table) => table.name)).toEqual(
      DEFAULT_TEMPLATE.macroprocesses.flatMap((m) => m.areas.map((a) => `T_${a.code}`))
    );
    for (const table of tables) expect(table.headers).toEqual(SPEC_HEADERS);
    const ids = sheets.flatMap((sheet) =>
      sheet.cells
        .filter((cell) => /^A\d+$/.test(cell.address) && Number(cell.address.slice(1)) > 7)
        .map((cell) => cell.value)
    );
    expect(ids).toHaveLength(116);
    expect(new Set(ids).size).toBe(116);
    expect(ids).toContain("DJ-01");
    expect(ids).toContain("CRI-09");
  });

  it("pre-fills IDs and objectives from the template, and leaves Control Interno empty with its note", () => {
    const legal = cellsOf(
      structure.sheets.find((sheet) => sheet.name === "3.1 Dirección Jurídica")!
    );
    expect(legal.get("A8")?.value).toBe("DJ-01");
    expect(legal.get("B8")?.value).toBe("Mapear el litigio estratégico de ciudades capitales.");
    const control = structure.sheets.find((sheet) =>
      sheet.tables.some((table) => table.name === "T_CI")
    )!;
    expect(control.tables[0].ref).toBe("A7:AE8");
    expect(cellsOf(control).get("A8")).toBeUndefined();
    expect(String(cellsOf(control).get("A6")?.value)).toContain("Plan Anual de Auditorías");
  });

  it("has legal, unique sheet names and the hidden list and very hidden template sheets", () => {
    const names = structure.sheets.map((sheet) => sheet.name);
    for (const name of names) expect([name, sheetNameProblem(name)]).toEqual([name, null]);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    expect(names.slice(0, 2)).toEqual(["Instrucciones", "Configuración"]);
    expect(names).toEqual(expect.arrayContaining(["Matriz", "Resumen", "Tablero", "Informe"]));
    expect(structure.sheets.find((sheet) => sheet.name === "Listas")?.state).toBe("hidden");
    const stored = structure.sheets.find((sheet) => sheet.name === "Plantilla")!;
    expect(stored.state).toBe("veryHidden");
    const cells = cellsOf(stored);
    expect(cells.get("B1")?.value).toBe("asocapitales-plan-de-accion");
    expect(cells.get("B2")?.value).toBe(1);
  });

  it("defines the workbook names that formulas use", () => {
    expect(structure.definedNames).toMatchObject({
      Corte: "'Configuración'!$B$6",
      CorteIndice: "'Configuración'!$B$7",
      UmbralVerde: "'Configuración'!$B$8",
      UmbralAmarillo: "'Configuración'!$B$9",
      // The package writer quotes every sheet name; quotes a name does not need are optional (same range).
      Periodos: "'Listas'!$E$2:$E$5",
      Lista_Unidad: "'Listas'!$B$2:$B$3",
    });
  });

  it("embeds dropdowns and typed validation on input columns, with messages that guide", () => {
    const sheet = structure.sheets.find(
      (candidate) => candidate.name === "3.1 Dirección Jurídica"
    )!;
    const columns = areaColumns(DEFAULT_TEMPLATE);
    const byColumn = new Map(
      sheet.validations.map((validation) => [validation.sqref.replace(/\d+/g, ""), validation])
    );
    const expectRule = (header: string, type: string, formula1: string | null) => {
      const letter = columnLetter(columns.findIndex((column) => column.header === header));
      const validation = byColumn.get(`${letter}:${letter}`);
      expect([header, validation?.type, validation?.formula1, validation?.sqref]).toEqual([
        header,
        type,
        formula1,
        `${letter}8:${letter}16`,
      ]);
      expect(validation?.showErrorMessage).toBe(true);
      expect(validation?.error).toBeTruthy();
    };
    expectRule("Tipo de indicador", "list", "Lista_TipoIndicador");
    expectRule("Unidad de medida", "list", "Lista_Unidad");
    expectRule("Sentido", "list", "Lista_Sentido");
    expectRule("Estado del reporte", "list", "Lista_Estado");
    expectRule("Meta", "decimal", "0");
    expectRule("Programado T3", "decimal", "0");
    expectRule("Ponderación", "decimal", "0");
    expectRule("Fecha inicio", "date", "44197");
    expectRule("Fecha fin", "date", "44197");
    expect(byColumn.get("V:V")?.formula2).toBe("44561"); // 31/12/2021
  });

  it("holds live formulas in computed columns, locked, with input cells unlocked on a protected sheet", () => {
    const sheet = structure.sheets.find(
      (candidate) => candidate.name === "3.1 Dirección Jurídica"
    )!;
    const cells = cellsOf(sheet);
    expect(sheet.protected).toBe(true);
    expect(String(cells.get("AB8")?.value)).toMatch(
      /^=IF\(H8="Porcentaje",N\(INDEX\(L8:O8,1,CorteIndice\)\),SUM\(L8:INDEX\(L8:O8,1,CorteIndice\)\)\)$/
    );
    expect(String(cells.get("AD16")?.value)).toContain("AB16");
    expect(String(cells.get("AE8")?.value)).toContain("UmbralVerde");
    for (const address of ["AB8", "AC8", "AD8", "AE8"])
      expect(cells.get(address)?.locked).toBe(true);
    expect(cells.get("A8")?.locked).toBe(false);
    expect(cells.get("I8")?.locked).toBe(false);
    expect(sheet.freeze).toBe("C8");
  });

  it("colours the Semáforo with rules that compare numbers with the configured thresholds", () => {
    const sheet = structure.sheets.find(
      (candidate) => candidate.name === "3.1 Dirección Jurídica"
    )!;
    const semaphore = sheet.conditionalFormats.filter((format) => format.sqref === "AE8:AE16");
    // Verde, Amarillo, Rojo, Sin diligenciar and Con errores (each its own colour), then the grey of no figure.
    expect(semaphore.map((format) => format.type)).toEqual([
      "expression",
      "expression",
      "expression",
      "expression",
      "expression",
      "expression",
    ]);
    expect(semaphore[0].formula[0]).toBe("AND(ISNUMBER($AD8),$AD8>=UmbralVerde)");
    expect(sheet.conditionalFormats.some((format) => format.type === "iconSet")).toBe(false);
  });

  it("recalculates in LibreOffice with no error value anywhere, and the formulas give their values", () => {
    const errors = recalculated.sheets.flatMap((sheet) =>
      sheet.cells
        .filter((cell) => ERROR_VALUES.test(String(cell.value)))
        .map((cell) => `${sheet.name}!${cell.address}=${cell.value}`)
    );
    expect(errors).toEqual([]);
    const legal = cellsOf(
      recalculated.sheets.find((sheet) => sheet.name === "3.1 Dirección Jurídica")!
    );
    expect(legal.get("AB8")?.value).toBe(0);
    // A generated row with nothing programmed in the year: Sin diligenciar (SPEC §5; was Sin programación).
    expect(legal.get("AE8")?.value).toBe("Sin diligenciar");
    const configuration = cellsOf(
      recalculated.sheets.find((sheet) => sheet.name === "Configuración")!
    );
    expect(configuration.get("B7")?.value).toBe(1);
    const instructions = recalculated.sheets.find((sheet) => sheet.name === "Instrucciones")!;
    expect(instructions.cells.map((cell) => cell.value)).toContain("Verde: cumplimiento ≥ 80%");
    const summary = cellsOf(recalculated.sheets.find((sheet) => sheet.name === "Resumen")!);
    // A freshly generated area has filled nothing: Sin diligenciar (SPEC §5; was Sin programación).
    expect(summary.get("G5")?.value).toBe("Sin diligenciar");
  });

  it("refuses to overwrite the file without --force, and overwrites with it", () => {
    const again = cliProcess(["generate", "--out", file]);
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    expect(again.stderr).toContain("--force");
    expect(cliProcess(["generate", "--out", file, "--force", "--year", "2022"]).code).toBe(0);
    const regenerated = inspectWithOpenpyxl(file);
    expect(
      cellsOf(regenerated.sheets.find((sheet) => sheet.name === "Configuración")!).get("B4")?.value
    ).toBe(2022);
    expect(existsSync(file)).toBe(true);
  });
});
