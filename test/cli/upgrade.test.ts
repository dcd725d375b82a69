/**
 * `plan-matrix upgrade` over real files (SPEC §2 "Template evolution", §8), read back with openpyxl: a version-1
 * workbook that users filled (formula-looking text, dates, a percentage, a formula typed in an input cell, a row
 * and a column of their own, a renamed tab) and that was consolidated with planning notes, upgraded with a
 * version-2 template that adds an area, a list column, list values and an objective. Every typed cell is where it
 * was, the additions are there with their dropdowns, and LibreOffice recalculates the result without errors.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { consolidateWorkbookFile } from "../../src/cli/commands/consolidateCommand";
import { MATRIX } from "../../src/core/consolidation/matrixLayout";
import { Template } from "../../src/core/template/Template";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { dateSerial } from "../../src/core/workbook/dateSerial";
import { SHEET } from "../../src/core/workbook/sheetNames";
import { rowFormulaColumns, rowFormulas } from "../../src/core/workbook/rowFormulas";
import { CellInput } from "../../src/core/workbook/WorkbookPatch";
import { toExcelValue } from "../support/exceljs/applyPatch";
import { loadWorkbook, workbookFromPatch } from "../support/exceljs/workbookFile";
import { fillArea, findAreaTable } from "../support/fillArea";
import { filledPlanWorkbook, validRow } from "../support/filledPlan";
import { layoutWorkbook } from "../../src/core/workbook/layoutWorkbook";
import { recalculateWithLibreOffice } from "../support/libreoffice";
import {
  cellsOf,
  inspectWithOpenpyxl,
  InspectedCell,
  InspectedSheet,
  InspectedWorkbook,
} from "../support/openpyxl";
import { cli } from "../support/runCli";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";

const dir = testOutputDir("upgrade");
const file = (name: string): string => path.join(dir, name);

const RENAMED_TAB = "Jurídica (nuestra)";
const USER_COLUMN = "Notas del área";
const FUNDING = "Fuente de financiación";
const FUNDING_VALUES = ["Recursos propios", "SGP", "Cooperación internacional"];
const NEW_OBJECTIVE = "Fortalecer la defensa judicial.";
const COMPUTED = [
  HEADERS.programmedToDate,
  HEADERS.executedToDate,
  HEADERS.compliance,
  HEADERS.semaphore,
] as string[];

const v1 = sampleTemplate();
const v2: Template = {
  ...v1,
  templateVersion: 2,
  lists: {
    ...v1.lists,
    indicatorType: ["Eficacia", "Eficiencia", "Efectividad", "Impacto"],
    fuentes: FUNDING_VALUES,
  },
  extraColumns: [{ header: FUNDING, type: "list", list: "fuentes", required: false }],
  macroprocesses: [
    {
      ...v1.macroprocesses[0],
      areas: [
        {
          ...v1.macroprocesses[0].areas[0],
          objectives: [...v1.macroprocesses[0].areas[0].objectives, NEW_OBJECTIVE],
        },
        v1.macroprocesses[0].areas[1],
      ],
    },
    {
      ...v1.macroprocesses[1],
      areas: [
        ...v1.macroprocesses[1].areas,
        {
          code: "PL",
          name: "Oficina de Planeación",
          section: "6.2",
          objectives: ["Consolidar el plan de acción.", "Hacer seguimiento trimestral."],
        },
      ],
    },
  ],
};

const date = (month: number, day: number): CellInput => ({ date: dateSerial(2021, month, day) });

/** A row added by the area below the generated ones, a second activity for the first objective. */
const addedRow = {
  [HEADERS.id]: "DJ-03",
  [HEADERS.objective]: v1.macroprocesses[0].areas[0].objectives[0],
  ...validRow("Segunda actividad del litigio", [0, 1, null, null], {
    [HEADERS.indicatorType]: "Eficiencia",
    [HEADERS.weight]: 0.2,
  }),
};

/**
 * The area adds a row and a column to T_DJ the way Excel does (the table grows, the new row takes the formats of
 * the row above and the calculated columns' formulas). ExcelJS rewrites a table's cells when it commits it, so
 * this comes before the rows are filled.
 */
function addUserRowAndColumn(workbook: ExcelJS.Workbook): void {
  const { sheet, headerRow, headers } = findAreaTable(workbook, "DJ");
  const table = sheet.getTable("T_DJ");
  const formulaColumns = rowFormulaColumns(headers, v1.periods.labels);
  if (!formulaColumns) throw new Error("T_DJ lacks its formula columns");
  const row = headerRow + 3;
  const formulas = rowFormulas(formulaColumns, row) as Record<string, string>;
  const computedKey: Record<string, string> = {
    [HEADERS.programmedToDate]: "programmedToDate",
    [HEADERS.executedToDate]: "executedToDate",
    [HEADERS.compliance]: "compliance",
    [HEADERS.semaphore]: "semaphore",
  };
  table.addRow(
    headers.map((header) =>
      header in computedKey
        ? toExcelValue({ formula: formulas[computedKey[header]] })
        : toExcelValue((addedRow as Record<string, CellInput>)[header] ?? null)
    )
  );
  table.addColumn(
    { name: USER_COLUMN } as ExcelJS.TableColumnProperties,
    ["Revisar con el comité", null, toExcelValue(date(3, 31))],
    headers.length
  );
  table.commit();
  headers.forEach((_, index) => {
    sheet.getRow(row).getCell(index + 1).style = sheet.getRow(row - 1).getCell(index + 1).style;
  });
  for (let r = headerRow + 1; r <= row; r++)
    sheet.getRow(r).getCell(headers.length + 1).protection = { locked: false };
  sheet.getRow(row).getCell(headers.length + 1).numFmt = "dd/mm/yyyy";
}

/** Version 1, filled by the areas, with a row and a column of their own and a renamed tab; then consolidated. */
async function filledVersion1(): Promise<string> {
  const workbook = await workbookFromPatch(layoutWorkbook(v1));
  addUserRowAndColumn(workbook);
  fillArea(workbook, "DJ", [
    validRow('=HYPERLINK("http://x","y")', [1, 1, null, null], {
      [HEADERS.observations]: "+57 300 1234567",
      [HEADERS.weight]: 0.5,
      [HEADERS.startDate]: date(2, 1),
    }),
    validRow("Asesorar a las alcaldías", [1, 0, null, null], {
      [HEADERS.indicatorFormula]: "=1+1",
      [HEADERS.weight]: 0.3,
      [HEADERS.goal]: { formula: "2+2" },
      [HEADERS.budget]: 1500000,
      [HEADERS.evidence]: "@acta",
    }),
  ]);
  fillArea(workbook, "SGR", [
    validRow("-5 días de retraso", [1, 1, null, null], {
      [HEADERS.observations]: "Sin novedad",
      [HEADERS.compliance]: 0.9, // typed over the live formula
    }),
  ]);
  findAreaTable(workbook, "DJ").sheet.name = RENAMED_TAB;
  const configuration = workbook.getWorksheet("Configuración")!;
  configuration.getCell("B6").value = "T2";
  configuration.getCell("B8").value = 0.85;
  await workbook.xlsx.writeFile(file("base.xlsx"));

  await consolidateWorkbookFile({
    input: file("base.xlsx"),
    imports: [],
    out: file("consolidated.xlsx"),
    force: false,
    today: "2021-07-05",
  });
  const consolidated = await loadWorkbook(file("consolidated.xlsx"));
  const matrix = consolidated.getWorksheet(SHEET.matrix)!;
  const headerCells = matrix.getRow(MATRIX.headerRow).values as unknown[];
  const notes = headerCells.indexOf(MATRIX.notes);
  const verified = headerCells.indexOf(MATRIX.verified);
  matrix.getRow(MATRIX.headerRow + 1).getCell(notes).value = "Revisado en comité";
  matrix.getRow(MATRIX.headerRow + 1).getCell(verified).value = "Sí";
  await consolidated.xlsx.writeFile(file("v1.xlsx"));
  return file("v1.xlsx");
}

function writeTemplate(name: string, template: unknown): string {
  writeFileSync(file(name), JSON.stringify(template, null, 2));
  return file(name);
}

const letters = (column: number): string => {
  let text = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
};

type TableView = {
  sheet: InspectedSheet;
  headers: string[];
  rows: Map<string, InspectedCell>[];
  top: number;
};

function tableView(workbook: InspectedWorkbook, name: string): TableView {
  const sheet = workbook.sheets.find((candidate) => candidate.tables.some((t) => t.name === name));
  if (!sheet) throw new Error(`No table ${name}`);
  const table = sheet.tables.find((t) => t.name === name)!;
  const [start, end] = table.ref.split(":");
  const top = Number(start.replace(/\D/g, ""));
  const bottom = Number(end.replace(/\D/g, ""));
  const left = start.replace(/\d/g, "");
  const first = [...left].reduce((sum, ch) => sum * 26 + ch.charCodeAt(0) - 64, 0);
  const cells = cellsOf(sheet);
  const rows: Map<string, InspectedCell>[] = [];
  for (let row = top + 1; row <= bottom; row++) {
    const values = new Map<string, InspectedCell>();
    table.headers.forEach((header, i) => {
      const cell = cells.get(`${letters(first + i)}${row}`);
      if (cell) values.set(header, cell);
    });
    rows.push(values);
  }
  return { sheet, headers: table.headers, rows, top };
}

/** The values a dropdown offers: the cells its workbook name refers to. */
function listValues(workbook: InspectedWorkbook, name: string): unknown[] {
  const match = /^'?([^'!]+)'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(
    workbook.definedNames[name] ?? ""
  );
  if (!match) throw new Error(`No range name ${name}`);
  const [, sheetName, column, top, , bottom] = match;
  const cells = cellsOf(workbook.sheets.find((sheet) => sheet.name === sheetName)!);
  const values: unknown[] = [];
  for (let row = Number(top); row <= Number(bottom); row++)
    values.push(cells.get(`${column}${row}`)?.value ?? null);
  return values;
}

const startsAtRow8 = (sqref: string, column: string): boolean =>
  sqref === `${column}8` || sqref.startsWith(`${column}8:`);

const valueOf = (view: TableView, row: number, header: string): unknown =>
  view.rows[row]?.get(header)?.value ?? null;

describe("upgrade a filled, consolidated workbook to a newer template version", () => {
  let before: InspectedWorkbook;
  let after: InspectedWorkbook;
  let run: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    const input = await filledVersion1();
    const template = writeTemplate("v2.json", v2);
    run = await cli("upgrade", input, "--template", template, "--out", file("v2.xlsx"));
    before = inspectWithOpenpyxl(input);
    after = inspectWithOpenpyxl(file("v2.xlsx"));
  });

  it("succeeds and says what it added and kept", () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("de la versión 1 a la 2");
    expect(run.stdout).toContain("Filas conservadas: 4");
    expect(run.stdout).toContain("PL («6.2 Oficina de Planeación»)");
    expect(run.stdout).toContain(`Columnas nuevas en las tablas de área: ${FUNDING}`);
    expect(run.stdout).toContain("Impacto");
    expect(run.stdout).toContain(`Objetivo nuevo en DJ (DJ-04): ${NEW_OBJECTIVE}`);
    expect(run.stdout).toContain(`«${USER_COLUMN}»`);
    expect(run.stdout).toContain("consolide de nuevo");
    // Matriz and Registro hold tables named like areas (T_Matriz), but they are not areas.
    expect(run.stdout).not.toContain("T_Matriz");
    expect(run.stdout).not.toContain("T_NotasRetiradas");
    // The value typed over SGR's computed cell is reported, not lost silently.
    expect(run.stderr).toMatch(/T_SGR .*: 1 celda de las columnas calculadas tenía .*\(AD8\)/);
  });

  it("keeps every non-empty input cell of every old area table at the same table, row and header", () => {
    const oldTables = before.sheets.flatMap((sheet) =>
      sheet.tables.filter((table) => /^T_(DJ|SGR|CI)$/.test(table.name))
    );
    expect(oldTables.map((table) => table.name).sort()).toEqual(["T_CI", "T_DJ", "T_SGR"]);
    let compared = 0;
    for (const { name } of oldTables) {
      const old = tableView(before, name);
      const upgraded = tableView(after, name);
      old.rows.forEach((cells, row) => {
        for (const [header, cell] of cells) {
          if (COMPUTED.includes(header) || cell.value === null) continue;
          const now = upgraded.rows[row]?.get(header);
          expect({ table: name, row, header, value: now?.value, type: now?.dataType }).toEqual({
            table: name,
            row,
            header,
            value: cell.value,
            type: cell.dataType,
          });
          compared++;
        }
      });
    }
    expect(compared).toBeGreaterThan(60);
  });

  it("keeps text that looks like a formula as text, and a typed formula as a formula", () => {
    const dj = tableView(after, "T_DJ");
    expect(dj.rows[0].get(HEADERS.activity)).toMatchObject({
      value: '=HYPERLINK("http://x","y")',
      dataType: "s",
    });
    expect(dj.rows[1].get(HEADERS.indicatorFormula)).toMatchObject({
      value: "=1+1",
      dataType: "s",
    });
    expect(dj.rows[1].get(HEADERS.goal)).toMatchObject({ value: "=2+2", dataType: "f" });
    expect(dj.rows[0].get(HEADERS.startDate)?.value).toEqual({ date: "2021-02-01T00:00:00" });
    expect(dj.rows[0].get(HEADERS.weight)).toMatchObject({ value: 0.5, numberFormat: "0%" });
  });

  it("keeps the renamed tab's name, the user's row and column, and appends the new objective", () => {
    const dj = tableView(after, "T_DJ");
    expect(dj.sheet.name).toBe(RENAMED_TAB);
    expect(after.sheets.some((sheet) => sheet.name.startsWith("3.1 "))).toBe(false);
    expect(dj.headers[dj.headers.length - 1]).toBe(USER_COLUMN);
    expect(dj.headers.indexOf(FUNDING)).toBe(dj.headers.indexOf(HEADERS.reportStatus) + 1);
    expect(dj.rows.map((_, row) => valueOf(dj, row, HEADERS.id))).toEqual([
      "DJ-01",
      "DJ-02",
      "DJ-03",
      "DJ-04",
    ]);
    expect(valueOf(dj, 3, HEADERS.objective)).toBe(NEW_OBJECTIVE);
    expect(valueOf(dj, 3, HEADERS.direction)).toBe("Ascendente");
    expect(valueOf(dj, 3, HEADERS.reportStatus)).toBe("Borrador");
    expect(valueOf(dj, 2, USER_COLUMN)).toEqual({ date: "2021-03-31T00:00:00" });
    expect(dj.rows[0].get(USER_COLUMN)?.locked).toBe(false);
    for (const header of COMPUTED)
      dj.rows.forEach((cells) => expect(cells.get(header)?.dataType).toBe("f"));
  });

  it("adds the new area, the list column with its dropdown, and the new list values", () => {
    const pl = tableView(after, "T_PL");
    expect(pl.sheet.name).toBe("6.2 Oficina de Planeación");
    expect(pl.rows.map((_, row) => valueOf(pl, row, HEADERS.id))).toEqual(["PL-01", "PL-02"]);
    for (const name of ["T_DJ", "T_SGR", "T_CI", "T_PL"]) {
      const view = tableView(after, name);
      const column = letters(view.headers.indexOf(FUNDING) + 1);
      const dropdown = view.sheet.validations.find((v) => startsAtRow8(v.sqref, column));
      expect({ name, formula: dropdown?.formula1, type: dropdown?.type }).toEqual({
        name,
        formula: "Lista_fuentes",
        type: "list",
      });
      const typeColumn = letters(view.headers.indexOf(HEADERS.indicatorType) + 1);
      expect(view.sheet.validations.find((v) => startsAtRow8(v.sqref, typeColumn))).toMatchObject({
        formula1: "Lista_TipoIndicador",
      });
    }
    expect(listValues(after, "Lista_fuentes")).toEqual(FUNDING_VALUES);
    expect(listValues(after, "Lista_TipoIndicador")).toEqual([
      "Eficacia",
      "Eficiencia",
      "Efectividad",
      "Impacto",
    ]);
  });

  it("puts the new tab after the area before it and keeps every other tab in place", () => {
    const names = after.sheets.map((sheet) => sheet.name);
    const ci = names.indexOf("6.1 Control Interno");
    expect(names[ci + 1]).toBe("6.2 Oficina de Planeación");
    expect(names.filter((name) => name !== "6.2 Oficina de Planeación")).toEqual(
      before.sheets.map((sheet) => sheet.name)
    );
  });

  it("stores the version-2 template and keeps the workbook's cut-off and bands", () => {
    const stored = cellsOf(after.sheets.find((sheet) => sheet.name === "Plantilla")!);
    expect(stored.get("B2")?.value).toBe(2);
    expect(JSON.parse(String(stored.get("B4")?.value))).toMatchObject({
      templateVersion: 2,
      extraColumns: [{ header: FUNDING }],
    });
    const configuration = cellsOf(after.sheets.find((sheet) => sheet.name === "Configuración")!);
    expect(configuration.get("B6")?.value).toBe("T2");
    expect(configuration.get("B8")?.value).toBe(0.85);
    expect(configuration.get("B13")?.value).toBe(2);
  });

  it("carries Matriz (with the planning notes) and Registro over unchanged", () => {
    for (const name of ["Matriz", "Registro"]) {
      const old = before.sheets.find((sheet) => sheet.name === name)!;
      const now = after.sheets.find((sheet) => sheet.name === name)!;
      expect(now.cells).toEqual(old.cells);
      expect(now.tables).toEqual(old.tables);
      expect(now.validations).toEqual(old.validations);
    }
    // The history per cut-off (SPEC §6) is one of Registro's tables carried over, its rows with it.
    const registro = after.sheets.find((sheet) => sheet.name === "Registro")!;
    expect(registro.tables.find((table) => table.name === "T_Historial")?.headers).toEqual([
      "Corte",
      "Fecha",
      "Código",
      "Área",
      "% Cumplimiento",
      "Semáforo",
    ]);
    const matrix = tableView(after, MATRIX.table);
    expect(valueOf(matrix, 0, MATRIX.notes)).toBe("Revisado en comité");
    expect(valueOf(matrix, 0, MATRIX.verified)).toBe("Sí");
  });

  it("recalculates in LibreOffice without any error value", () => {
    const [converted] = recalculateWithLibreOffice([file("v2.xlsx")], path.join(dir, "lo"));
    const values = inspectWithOpenpyxl(converted, { values: true });
    const errors = values.sheets.flatMap((sheet) =>
      sheet.cells
        .filter(
          (cell) =>
            cell.dataType === "e" ||
            /^#(REF|VALUE|NAME|DIV\/0|N\/A|NUM|NULL)/.test(String(cell.value))
        )
        .map((cell) => `${sheet.name}!${cell.address}=${String(cell.value)}`)
    );
    expect(errors).toEqual([]);
    const dj = tableView(values, "T_DJ");
    // Cut-off T2: programmed 1+1, executed 1+1 → 100 %, Verde.
    expect(valueOf(dj, 0, HEADERS.programmedToDate)).toBe(2);
    expect(valueOf(dj, 0, HEADERS.compliance)).toBe(1);
    expect(valueOf(dj, 0, HEADERS.semaphore)).toBe("Verde");
    // A row nothing was ever programmed in (no period): Sin diligenciar (SPEC §5), not Sin programación.
    expect(valueOf(dj, 3, HEADERS.semaphore)).toBe("Sin diligenciar");
    const sgr = tableView(values, "T_SGR");
    expect(valueOf(sgr, 0, HEADERS.compliance)).toBe(1);
  });
});

describe("upgrade refusals: one line, exit 2, nothing written", () => {
  let input: string;

  beforeAll(async () => {
    const workbook = await filledPlanWorkbook(v1, {
      DJ: [validRow("Actividad", [1, null, null, null])],
    });
    await workbook.xlsx.writeFile(file("plain-v1.xlsx"));
    input = file("plain-v1.xlsx");
  });

  async function refused(
    args: string[],
    out: string
  ): Promise<{ code: number; stderr: string; stdout: string }> {
    const run = await cli("upgrade", ...args, "--out", out);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(existsSync(out)).toBe(false);
    return run;
  }

  it("refuses a workbook that stores no template", async () => {
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet("Hoja1").getCell("A1").value = "hola";
    await foreign.xlsx.writeFile(file("foreign.xlsx"));
    const run = await refused(
      [file("foreign.xlsx"), "--template", writeTemplate("ok.json", v2)],
      file("r1.xlsx")
    );
    expect(run.stderr).toContain("no es un Plan de Acción de esta herramienta");
  });

  it("refuses a template with another templateId, naming both", async () => {
    const other = writeTemplate("other.json", { ...v2, templateId: "otro-plan" });
    const run = await refused([input, "--template", other], file("r2.xlsx"));
    expect(run.stderr).toContain("«otro-plan»");
    expect(run.stderr).toContain("«sample-plan»");
  });

  it("refuses a version that is not greater, saying which versions", async () => {
    const same = writeTemplate("same.json", v1);
    const run = await refused([input, "--template", same], file("r3.xlsx"));
    expect(run.stderr).toContain("es la versión 1 de la plantilla «sample-plan»");
    expect(run.stderr).toContain("ya tiene la versión 1");
    const upgraded = await cli(
      "upgrade",
      input,
      "--template",
      writeTemplate("v2-plain.json", v2),
      "--out",
      file("plain-v2.xlsx")
    );
    expect(upgraded.code).toBe(0);
    const english = await cli(
      "upgrade",
      file("plain-v2.xlsx"),
      "--template",
      same,
      "--out",
      file("r4.xlsx"),
      "--lang",
      "en"
    );
    expect(english.code).toBe(2);
    expect(english.stderr).toContain("version 1 of template “sample-plan”");
    expect(english.stderr).toContain("already has version 2");
    expect(existsSync(file("r4.xlsx"))).toBe(false);
  });

  it("refuses an invalid template", async () => {
    const broken = writeTemplate("broken.json", { ...v2, macroprocesses: [] });
    await refused([input, "--template", broken], file("r5.xlsx"));
    writeFileSync(file("not-json.json"), "{ nope");
    await refused([input, "--template", file("not-json.json")], file("r6.xlsx"));
  });

  it("needs --template and --out, and never overwrites without --force", async () => {
    const template = writeTemplate("ok2.json", v2);
    expect((await cli("upgrade", input, "--out", file("r7.xlsx"))).code).toBe(2);
    expect((await cli("upgrade", input, "--template", template)).code).toBe(2);
    writeFileSync(file("exists.xlsx"), "keep me");
    await expect(refusedOverwrite(template)).resolves.toBe("keep me");
    const forced = await cli(
      "upgrade",
      input,
      "--template",
      template,
      "--out",
      file("exists.xlsx"),
      "--force"
    );
    expect(forced.code).toBe(0);
    expect(readFileSync(file("exists.xlsx")).subarray(0, 2).toString()).toBe("PK");
    const onItself = await cli("upgrade", input, "--template", template, "--out", input);
    expect(onItself.code).toBe(2);
  });

  it("prints the report as JSON with --json", async () => {
    const run = await cli(
      "upgrade",
      input,
      "--template",
      writeTemplate("json.json", v2),
      "--out",
      file("json.xlsx"),
      "--json"
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      out: file("json.xlsx"),
      templateId: "sample-plan",
      fromVersion: 1,
      toVersion: 2,
      addedAreas: [{ code: "PL", sheet: "6.2 Oficina de Planeación" }],
      addedColumns: [FUNDING],
      addedObjectives: [{ area: "DJ", id: "DJ-03", objective: NEW_OBJECTIVE }],
      keptAreas: [],
      problems: [],
    });
  });

  async function refusedOverwrite(template: string): Promise<string> {
    const run = await cli("upgrade", input, "--template", template, "--out", file("exists.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--force");
    return readFileSync(file("exists.xlsx"), "utf8");
  }
});
