import { MATRIX } from "../../../src/core/consolidation/matrixLayout";
import { defaultPeriods } from "../../../src/core/template/Template";
import { planUpgrade } from "../../../src/core/upgrade/planUpgrade";
import { columnLetter } from "../../../src/core/workbook/address";
import { HEADERS } from "../../../src/core/workbook/areaColumns";
import { dateSerial } from "../../../src/core/workbook/dateSerial";
import { WORKBOOK_TEXT } from "../../../src/core/workbook/workbookText";
import { rowFormulaColumns, rowFormulas } from "../../../src/core/workbook/rowFormulas";
import { sampleTemplate } from "../../support/sampleTemplate";
import {
  number,
  renameSheet,
  rowsOf,
  sheetOf,
  snapshotOf,
  tableOf,
  text,
  type,
  version2,
} from "./upgradeFixtures";

const v1 = sampleTemplate();
const DJ_SHEET = "3.1 Dirección Jurídica";
const SGR_SHEET = "3.1.1 Sistema General Regalías";
const CI_SHEET = "6.1 Control Interno";

describe("planUpgrade: area tables", () => {
  it("keeps every old row in order and appends a new objective with a fresh ID", () => {
    const snapshot = snapshotOf(v1);
    const dj = tableOf(snapshot, "T_DJ");
    type(dj, 0, HEADERS.activity, text("Litigio"));
    type(dj, 2, HEADERS.id, text("DJ-07"));
    type(dj, 2, HEADERS.activity, text("Otra actividad"));
    const v2 = version2((t) => t.macroprocesses[0].areas[0].objectives.push("Nuevo objetivo."));

    const { patch, report } = planUpgrade(snapshot, v1, v2);

    const rows = rowsOf(sheetOf(patch, DJ_SHEET));
    expect(rows.map((row) => [row[HEADERS.id], row[HEADERS.activity]])).toEqual([
      ["DJ-01", "Litigio"],
      ["DJ-02", null],
      ["DJ-07", "Otra actividad"],
      ["DJ-08", null],
    ]);
    expect(rows[3]).toMatchObject({
      [HEADERS.objective]: "Nuevo objetivo.",
      [HEADERS.direction]: "Ascendente",
      [HEADERS.reportStatus]: "Borrador",
    });
    expect(report.addedObjectives).toEqual([
      { area: "DJ", id: "DJ-08", objective: "Nuevo objetivo." },
    ]);
    // DJ's three rows and SGR's pre-filled one.
    expect(report.keptRows).toBe(4);
  });

  it("rebuilds the computed columns as live formulas for every row, new rows included", () => {
    const snapshot = snapshotOf(v1);
    type(tableOf(snapshot, "T_DJ"), 3, HEADERS.activity, text("Cuarta"));
    const { patch } = planUpgrade(snapshot, v1, version2());
    const sheet = sheetOf(patch, DJ_SHEET);
    const columns = rowFormulaColumns(sheet.tables[0].headers, v1.periods.labels);
    expect(columns).not.toBeNull();
    rowsOf(sheet).forEach((row, index) => {
      const formulas = rowFormulas(columns!, 8 + index);
      expect(row[HEADERS.compliance]).toEqual({ formula: formulas.compliance });
      expect(row[HEADERS.semaphore]).toEqual({ formula: formulas.semaphore });
    });
  });

  it("sizes each data row for the texts it now holds", () => {
    const snapshot = snapshotOf(v1);
    type(tableOf(snapshot, "T_DJ"), 1, HEADERS.activity, text("Asesorar ".repeat(30)));
    const v2 = version2((t) => t.macroprocesses[0].areas[0].objectives.unshift("Corto."));
    const sheet = sheetOf(planUpgrade(snapshot, v1, v2).patch, DJ_SHEET);
    const heights = new Map(sheet.rowHeights?.map(({ row, height }) => [row, height]));
    expect([...heights.keys()]).toEqual([7, 8, 9, 10]);
    expect(heights.get(9)).toBeGreaterThan(heights.get(8) as number);
    expect(heights.get(10)).toBe(15); // "Corto.", appended after the old rows
  });

  it("fills trailing empty rows with new objectives before adding rows", () => {
    const v2 = version2((t) => {
      t.macroprocesses[1].areas[0].objectives = ["Auditar procesos.", "Seguir planes."];
    });
    const { patch, report } = planUpgrade(snapshotOf(v1), v1, v2);
    const rows = rowsOf(sheetOf(patch, CI_SHEET));
    expect(rows.map((row) => [row[HEADERS.id], row[HEADERS.objective]])).toEqual([
      ["CI-01", "Auditar procesos."],
      ["CI-02", "Seguir planes."],
    ]);
    // DJ's and SGR's pre-filled rows; CI's empty row held nothing.
    expect(report.keptRows).toBe(3);
  });

  it("does not add an objective the table already has, whatever its spacing", () => {
    const snapshot = snapshotOf(v1);
    type(tableOf(snapshot, "T_DJ"), 1, HEADERS.objective, text("  Asesorar \n jurídicamente. "));
    const v2 = version2((t) =>
      t.macroprocesses[0].areas[0].objectives.push("Mapear el litigio estratégico.")
    );
    const { patch, report } = planUpgrade(snapshot, v1, v2);
    // The template now lists "Mapear…" twice and the table has it once: one more row.
    expect(report.addedObjectives).toEqual([
      { area: "DJ", id: "DJ-03", objective: "Mapear el litigio estratégico." },
    ]);
    expect(rowsOf(sheetOf(patch, DJ_SHEET))).toHaveLength(3);
  });

  it("adds only the objectives new since the stored version, not those the area reworded or cleared", () => {
    const snapshot = snapshotOf(v1);
    const dj = tableOf(snapshot, "T_DJ");
    type(dj, 0, HEADERS.objective, text("Mapear el litigio estratégico de las capitales."));
    type(dj, 1, HEADERS.objective, { kind: "empty" });
    const v2 = version2((t) => t.macroprocesses[0].areas[0].objectives.push("Nuevo objetivo."));
    const { patch, report } = planUpgrade(snapshot, v1, v2);
    // v1 had "Mapear…" and "Asesorar…" for DJ: only v2's third objective is new. DJ-02 still holds its ID.
    expect(report.addedObjectives).toEqual([
      { area: "DJ", id: "DJ-03", objective: "Nuevo objetivo." },
    ]);
    expect(rowsOf(sheetOf(patch, DJ_SHEET)).map((row) => row[HEADERS.objective])).toEqual([
      "Mapear el litigio estratégico de las capitales.",
      null,
      "Nuevo objetivo.",
    ]);
  });

  it("does not add a new objective the area already typed", () => {
    const snapshot = snapshotOf(v1);
    type(tableOf(snapshot, "T_DJ"), 2, HEADERS.objective, text("Nuevo  objetivo."));
    const v2 = version2((t) => t.macroprocesses[0].areas[0].objectives.push("Nuevo objetivo."));
    expect(planUpgrade(snapshot, v1, v2).report.addedObjectives).toEqual([]);
  });

  it("never gives a new row an ID used anywhere in the workbook", () => {
    const snapshot = snapshotOf(v1);
    type(tableOf(snapshot, "T_SGR"), 1, HEADERS.id, text("DJ-03"));
    const v2 = version2((t) => t.macroprocesses[0].areas[0].objectives.push("Otro."));
    expect(planUpgrade(snapshot, v1, v2).report.addedObjectives[0].id).toBe("DJ-04");
  });

  it("writes back formulas as formulas, text as literal text, dates as dates and errors as errors", () => {
    const snapshot = snapshotOf(v1);
    const dj = tableOf(snapshot, "T_DJ");
    type(dj, 0, HEADERS.activity, text('=HYPERLINK("http://x","y")'));
    type(dj, 0, HEADERS.goal, { kind: "number", value: 4, formula: "2+2" });
    type(dj, 0, HEADERS.startDate, { kind: "date", serial: dateSerial(2021, 2, 1) });
    type(dj, 0, HEADERS.weight, number(0.25));
    type(dj, 0, HEADERS.budget, { kind: "error", code: "#REF!" });
    type(dj, 0, HEADERS.evidence, { kind: "boolean", value: true });
    const [row] = rowsOf(sheetOf(planUpgrade(snapshot, v1, version2()).patch, DJ_SHEET));
    expect(row).toMatchObject({
      [HEADERS.activity]: '=HYPERLINK("http://x","y")',
      [HEADERS.goal]: { formula: "2+2" },
      [HEADERS.startDate]: { date: dateSerial(2021, 2, 1) },
      [HEADERS.weight]: 0.25,
      [HEADERS.budget]: { formula: "#REF!" },
      [HEADERS.evidence]: true,
    });
  });

  it("carries a column users added at the end of the table, unlocked, its dates formatted as dates", () => {
    const snapshot = snapshotOf(v1);
    const dj = tableOf(snapshot, "T_DJ");
    dj.headers.push("Notas");
    dj.rows.forEach((row) => row.push({ kind: "empty" }));
    type(dj, 0, "Notas", text("Revisar"));
    type(dj, 1, "Notas", { kind: "date", serial: dateSerial(2021, 3, 31) });
    const v2 = version2((t) => {
      t.lists.fuentes = ["Propios", "SGP"];
      t.extraColumns.push({ header: "Fuente", type: "list", list: "fuentes", required: false });
    });

    const { patch, report } = planUpgrade(snapshot, v1, v2);

    const sheet = sheetOf(patch, DJ_SHEET);
    const headers = sheet.tables[0].headers;
    expect(headers[headers.length - 1]).toBe("Notas");
    expect(headers.indexOf("Fuente")).toBe(headers.indexOf(HEADERS.reportStatus) + 1);
    expect(rowsOf(sheet).map((row) => row.Notas)).toEqual([
      "Revisar",
      { date: dateSerial(2021, 3, 31) },
    ]);
    const letter = columnLetter(headers.length); // "Notas", the last column
    expect(sheet.styles).toContainEqual({
      range: `${letter}8:${letter}9`,
      style: { locked: false, wrap: true, vertical: "top" },
    });
    expect(sheet.styles).toContainEqual({
      range: `${letter}9`,
      style: { numberFormat: "dd/mm/yyyy" },
    });
    expect(sheet.validations.find((v) => v.range.startsWith(letter))).toBeUndefined();
    expect(sheet.columnWidths).toHaveLength(headers.length);
    expect(sheet.styles).toContainEqual(
      expect.objectContaining({
        range: `A7:${letter}7`,
        style: expect.objectContaining({ bold: true }),
      })
    );
    expect(report.carriedUserColumns).toEqual([{ area: "DJ", sheet: DJ_SHEET, header: "Notas" }]);
    expect(report.addedColumns).toEqual(["Fuente"]);
    expect(report.addedListValues).toEqual([{ list: "fuentes", values: ["Propios", "SGP"] }]);
  });

  it("restores overwritten computed cells and says which ones", () => {
    const snapshot = snapshotOf(v1);
    const sgr = tableOf(snapshot, "T_SGR");
    type(sgr, 0, HEADERS.compliance, number(0.9));
    type(sgr, 0, HEADERS.semaphore, { kind: "text", value: "Verde", formula: '"Verde"' });
    const { report } = planUpgrade(snapshot, v1, version2());
    expect(report.problems).toEqual([
      {
        code: "upgrade.computedReplaced",
        params: { table: "T_SGR", sheet: SGR_SHEET, count: 2, cells: "AD8, AE8" },
      },
    ]);
  });

  it("re-creates the tab of an area whose table the workbook lost, and says so", () => {
    const snapshot = snapshotOf(v1);
    snapshot.tables = snapshot.tables.filter((table) => table.name !== "T_CI");
    snapshot.sheets = snapshot.sheets.filter((sheet) => sheet.name !== CI_SHEET);
    const { patch, report } = planUpgrade(snapshot, v1, version2());
    expect(sheetOf(patch, CI_SHEET).tables[0].name).toBe("T_CI");
    expect(report.addedAreas).toEqual([{ code: "CI", name: "Control Interno", sheet: CI_SHEET }]);
    expect(report.problems).toContainEqual({
      code: "upgrade.tableMissing",
      params: { area: "CI", table: "T_CI" },
    });
  });
});

describe("planUpgrade: tabs and sheets", () => {
  const withNewArea = version2((t) =>
    t.macroprocesses[1].areas.push({
      code: "PL",
      name: "Oficina de Planeación",
      section: "6.2",
      objectives: ["Consolidar el plan."],
    })
  );

  it("keeps renamed tabs, names new tabs apart from every existing one, and orders them", () => {
    const snapshot = snapshotOf(v1);
    renameSheet(snapshot, DJ_SHEET, "6.2 Oficina de Planeación");
    const { patch, tabOrder, report } = planUpgrade(snapshot, v1, withNewArea);
    expect(sheetOf(patch, "6.2 Oficina de Planeación").tables[0].name).toBe("T_DJ");
    expect(sheetOf(patch, "6.2 Oficina de Planeación (2)").tables[0].name).toBe("T_PL");
    expect(report.addedAreas).toEqual([
      { code: "PL", name: "Oficina de Planeación", sheet: "6.2 Oficina de Planeación (2)" },
    ]);
    expect(tabOrder).toEqual([
      "Instrucciones",
      "Configuración",
      "6.2 Oficina de Planeación",
      SGR_SHEET,
      CI_SHEET,
      "6.2 Oficina de Planeación (2)",
      "Matriz",
      "Resumen",
      "Tablero",
      "Informe",
      "Listas",
      "Plantilla",
    ]);
  });

  it("leaves the tab of an area the new template dropped, Matriz and Registro out of the patch", () => {
    const snapshot = snapshotOf(v1);
    snapshot.sheets.push({ name: "Registro", visibility: "visible" });
    snapshot.tables.push(
      { ...tableOf(snapshot, "T_DJ"), name: MATRIX.table, sheet: "Matriz", rows: [] },
      { ...tableOf(snapshot, "T_DJ"), name: "T_NotasRetiradas", sheet: "Registro", rows: [] }
    );
    const withoutSgr = version2((t) => t.macroprocesses[0].areas.splice(1, 1));
    const { patch, report } = planUpgrade(snapshot, v1, withoutSgr);
    const names = patch.sheets.map((sheet) => sheet.name);
    expect(names).toEqual([
      "Instrucciones",
      "Configuración",
      DJ_SHEET,
      CI_SHEET,
      "Resumen",
      "Listas",
      "Plantilla",
    ]);
    expect(report.keptAreas).toEqual([{ code: "SGR", table: "T_SGR", sheet: SGR_SHEET }]);
  });

  it("lays out Matriz, Tablero and Informe only when the workbook lacks them", () => {
    const snapshot = snapshotOf(v1);
    snapshot.sheets = snapshot.sheets.filter((sheet) => sheet.name !== "Tablero");
    const names = planUpgrade(snapshot, v1, version2()).patch.sheets.map((sheet) => sheet.name);
    expect(names).toContain("Tablero");
    expect(names).not.toContain("Matriz");
  });

  it("leaves an area alone when its tab holds other tables too, and says why", () => {
    const snapshot = snapshotOf(v1);
    snapshot.tables.push({ ...tableOf(snapshot, "T_CI"), name: "T_Notas", rows: [] });
    const { patch, report } = planUpgrade(snapshot, v1, version2());
    expect(patch.sheets.map((sheet) => sheet.name)).not.toContain(CI_SHEET);
    expect(report.problems).toEqual([
      {
        code: "upgrade.sharedSheet",
        params: { table: "T_CI", sheet: CI_SHEET, others: "T_Notas" },
      },
    ]);
  });

  it("replaces a fixed sheet under the spelling the workbook uses", () => {
    const snapshot = snapshotOf(v1);
    renameSheet(snapshot, "Resumen", "RESUMEN");
    const names = planUpgrade(snapshot, v1, version2()).patch.sheets.map((sheet) => sheet.name);
    expect(names).toContain("RESUMEN");
    expect(names).not.toContain("Resumen");
  });

  it("stores the new template and names its lists", () => {
    const v2 = version2((t) => (t.lists.indicatorType = [...t.lists.indicatorType, "Impacto"]));
    const { patch } = planUpgrade(snapshotOf(v1), v1, v2);
    const stored = sheetOf(patch, "Plantilla").blocks;
    expect(stored[0].values[1]).toEqual(["templateVersion", 2]);
    expect(JSON.parse(String(stored[1].values[0][1]))).toEqual(v2);
    expect(patch.definedNames).toContainEqual({
      name: "Lista_TipoIndicador",
      refersTo: "'Listas'!$A$2:$A$5",
    });
  });
});

describe("planUpgrade: Configuración", () => {
  const valueAt = (rows: unknown[][], label: string): unknown =>
    rows.find((row) => row[0] === label)?.[1];

  it("keeps the workbook's cut-off, bands and year, and says where the template differs", () => {
    const snapshot = snapshotOf(v1);
    snapshot.names.Corte = text("t3");
    snapshot.names.UmbralVerde = number(0.85);
    const v2 = version2((t) => (t.year = 2022));
    const { patch, report } = planUpgrade(snapshot, v1, v2);
    const rows = sheetOf(patch, "Configuración").blocks[1].values;
    expect(valueAt(rows, WORKBOOK_TEXT.cutoff)).toBe("T3");
    expect(valueAt(rows, WORKBOOK_TEXT.greenThreshold)).toBe(0.85);
    expect(valueAt(rows, WORKBOOK_TEXT.year)).toBe(2021);
    expect(JSON.parse(String(sheetOf(patch, "Plantilla").blocks[1].values[0][1])).year).toBe(2021);
    expect(report.problems).toEqual([
      {
        code: "upgrade.bandsKept",
        params: {
          green: 85,
          yellow: 60,
          overExecution: 120,
          templateGreen: 80,
          templateYellow: 60,
          templateOverExecution: 120,
        },
      },
      { code: "upgrade.yearKept", params: { year: 2021, templateYear: 2022 } },
    ]);
  });

  it("resets a cut-off the new periods lack, and carries the old period columns", () => {
    const snapshot = snapshotOf(v1);
    snapshot.names.Corte = text("T3");
    type(tableOf(snapshot, "T_DJ"), 0, "Programado T1", number(2));
    const v2 = version2((t) => (t.periods = defaultPeriods("S")));
    const { patch, report } = planUpgrade(snapshot, v1, v2);
    expect(valueAt(sheetOf(patch, "Configuración").blocks[1].values, WORKBOOK_TEXT.cutoff)).toBe(
      "S1"
    );
    expect(report.problems).toContainEqual({
      code: "upgrade.cutoffReset",
      params: { cutoff: "T3", label: "S1" },
    });
    expect(report.carriedUserColumns.map((column) => column.header)).toContain("Programado T1");
    expect(rowsOf(sheetOf(patch, DJ_SHEET))[0]["Programado T1"]).toBe(2);
  });

  it("is only for two versions of one template", () => {
    expect(() => planUpgrade(snapshotOf(v1), v1, { ...version2(), templateId: "otro" })).toThrow();
  });
});

describe("planUpgrade: columns that cannot be told by their header", () => {
  it("names a user column holding values under a repeated header, and one under a blank header", () => {
    const snapshot = snapshotOf(v1);
    const dj = tableOf(snapshot, "T_DJ");
    // AF: a second «Ejecutado T2» with a value in DJ-02; AG: blank, with a note in DJ-01; AH: blank and empty.
    dj.headers.push("Ejecutado T2", "", "");
    dj.rows.forEach((row, index) =>
      row.push(
        index === 1 ? number(50) : { kind: "empty" },
        index === 0 ? text("nota") : { kind: "empty" },
        {
          kind: "empty",
        }
      )
    );
    expect(planUpgrade(snapshot, v1, version2()).unidentified).toEqual([
      { sheet: DJ_SHEET, column: "AF", header: "Ejecutado T2" },
      { sheet: DJ_SHEET, column: "AG", header: "" },
    ]);
    expect(planUpgrade(snapshotOf(v1), v1, version2()).unidentified).toEqual([]);
  });
});
