/**
 * SPEC "nothing a user typed is lost", probes D10 and D5: area tables whose columns are not named by their header
 * cells, made by openpyxl as Excel and LibreOffice leave them, through the compiled CLI and read back by openpyxl.
 * - Header Row unchecked (`headerRowCount="0"`, the range starting at the first data row, the names kept in the
 *   table part): `import` and `upgrade` carry DJ-01 and DJ-02 whole and bring the header row back; `validate` warns;
 *   a note typed in the hidden header's row stops `upgrade`, which would write the header over it.
 * - A header cell cleared (LibreOffice keeps the table column's name) or a user column whose header cell is blank
 *   but whose table column is named: carried by that name.
 * - A user column holding values whose header repeats another's, or is blank with a nameless table column: `import`
 *   and `upgrade` refuse, naming the sheet and the column, and write nothing.
 */
import { runPython } from "../support/python";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { filledPlanWorkbook, validRow } from "../support/filledPlan";
import { cli } from "../support/runCli";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";

jest.setTimeout(60_000);

const dir = testOutputDir("headerless-columns");
const plan = path.join(dir, "plan.xlsx");
const templateV2 = path.join(dir, "template-v2.json");
const file = (kind: string): string => path.join(dir, `${kind}.xlsx`);

/** T_DJ (A7:AE9: header, DJ-01, DJ-02) changed as `argv[3]` says, as a user's Excel or LibreOffice leaves it. */
const MAKE = `
import sys, openpyxl
from openpyxl.worksheet.table import TableColumn
wb = openpyxl.load_workbook(sys.argv[1])
ws = next(ws for ws in wb.worksheets if 'T_DJ' in ws.tables)
t = ws.tables['T_DJ']
assert t.ref == 'A7:AE9', t.ref
kind = sys.argv[3]
col = {ws.cell(7, c).value: c for c in range(1, 32)}
if kind in ('hidden', 'hiddenNote'):
    # Table Design > Header Row unchecked: the header cells are cleared, the names stay in the table part.
    for c in range(1, 32): ws.cell(7, c).value = None
    t.ref = 'A8:AE9'; t.headerRowCount = 0; t.autoFilter = None
    if kind == 'hiddenNote': ws['C7'] = 'Nota en la fila del encabezado'
elif kind == 'clearedObservations':
    ws.cell(7, col['Observaciones']).value = None
    ws.cell(8, col['Observaciones']).value = 'Observación de DJ-01'
    ws.cell(9, col['Observaciones']).value = 'Observación de DJ-02'
else:
    name, header = {'named': ('Columna1', None), 'repeated': ('Ejecutado T2', 'Ejecutado T2'),
                    'nameless': ('', None)}[kind]
    t.ref = 'A7:AF9'; t.autoFilter.ref = 'A7:AF9'; t.tableColumns.append(TableColumn(id=32, name=name))
    ws['AF7'] = header; ws['AF8'] = 'Nota de DJ-01'; ws['AF9'] = 50
wb.save(sys.argv[2])
`;

/** T_DJ of the output: its range, whether it has a header row, and per data row the cells of the given headers. */
const READ_BACK = `
import sys, json, openpyxl
from openpyxl.utils import range_boundaries
wb = openpyxl.load_workbook(sys.argv[1])
ws = next(ws for ws in wb.worksheets if 'T_DJ' in ws.tables)
t = ws.tables['T_DJ']
c1, r1, c2, r2 = range_boundaries(t.ref)
heads = [ws.cell(r1, c).value for c in range(c1, c2 + 1)]
print(json.dumps({'ref': t.ref, 'headerRowCount': t.headerRowCount,
  'rows': [[ws.cell(r, c1 + heads.index(h)).value if h in heads else None for h in sys.argv[2:]]
           for r in range(r1 + 1, r2 + 1)]}, ensure_ascii=False))
`;

const python = (script: string, ...args: string[]): string =>
  runPython(["-W", "ignore", "-c", script, ...args]);

type ReadBack = { ref: string; headerRowCount: number; rows: unknown[][] };
const readBack = (output: string, ...headers: string[]): ReadBack =>
  JSON.parse(python(READ_BACK, output, ...headers)) as ReadBack;

const KINDS = ["hidden", "hiddenNote", "clearedObservations", "named", "repeated", "nameless"];

beforeAll(async () => {
  const workbook = await filledPlanWorkbook(sampleTemplate(), {
    DJ: [
      validRow("Mapear el litigio", [1, null, null, null]),
      validRow("Asesorar", [1, 2, null, null]),
    ],
  });
  await workbook.xlsx.writeFile(plan);
  for (const kind of KINDS) python(MAKE, plan, file(kind), kind);
  writeFileSync(templateV2, JSON.stringify({ ...sampleTemplate(), templateVersion: 2 }));
});

/** `import plan.xlsx <kind>.xlsx` (replacing DJ's empty rows) and `upgrade <kind>.xlsx`, each to its own file. */
async function importAndUpgrade(kind: string, language = "es") {
  const imported = path.join(dir, `${kind}-imported-${language}.xlsx`);
  const upgraded = path.join(dir, `${kind}-upgraded-${language}.xlsx`);
  const common = ["--lang", language, "--force"];
  return {
    imported,
    upgraded,
    importRun: await cli(
      "import",
      plan,
      file(kind),
      "--replace",
      "DJ",
      "--out",
      imported,
      ...common
    ),
    upgradeRun: await cli(
      "upgrade",
      file(kind),
      "--template",
      templateV2,
      "--out",
      upgraded,
      ...common
    ),
  };
}

const TYPED = ["ID", "Actividad", "Programado T1", "Ejecutado T1", "Ejecutado T2"];
const TYPED_ROWS = [
  ["DJ-01", "Mapear el litigio", 1, 1, null],
  ["DJ-02", "Asesorar", 1, 1, 2],
];

describe("an area table with its header row hidden (Table Design › Header Row unchecked)", () => {
  it("import and upgrade keep DJ-01 and DJ-02 with every typed cell, under the header row brought back", async () => {
    const run = await importAndUpgrade("hidden");
    expect([run.importRun.code, run.upgradeRun.code]).toEqual([0, 0]);
    expect(run.importRun.stdout).toContain("se importó el área DJ (2 filas)");
    const expected = { ref: "A7:AE9", headerRowCount: 1, rows: TYPED_ROWS };
    expect(readBack(run.imported, ...TYPED)).toEqual(expected);
    expect(readBack(run.upgraded, ...TYPED)).toEqual(expected);
  });

  it("validate warns that the header row is hidden, naming the table and how to show it, in both languages", async () => {
    const es = await cli("validate", file("hidden"), "--cutoff", "T1");
    expect(es.stdout.split("\n")).toContain(
      "  ! A8: La tabla T_DJ de la hoja «3.1 Dirección Jurídica» tiene oculta su fila de encabezados: la hoja no muestra los nombres de las columnas ni sus botones de filtro, y quien diligencia la pestaña no ve qué columna es cada una. Las revisiones y el semáforo la leen igual, por los nombres que la tabla guarda. Vuelva a mostrarla en Excel: Diseño de tabla › Fila de encabezado."
    );
    // DJ's rows are read by their names: no error; warnings: the one above, the weights, DJ-02's T2 after the cut-off.
    expect(es.stdout).toContain(
      "DJ Dirección Jurídica («3.1 Dirección Jurídica»): 2 filas (diligenciadas: 2; sin diligenciar: 0) — errores: 0, advertencias: 3"
    );
    const en = await cli("validate", file("hidden"), "--cutoff", "T1", "--lang", "en");
    expect(en.stdout.split("\n")).toContain(
      "  ! A8: Table T_DJ on sheet “3.1 Dirección Jurídica” has its header row hidden: the sheet shows neither the column names nor their filter buttons, and whoever fills in the tab cannot see which column is which. The checks and the traffic light still read it, by the names the table keeps. Show it again in Excel: Table Design › Header Row."
    );
    const clean = await cli("validate", plan, "--cutoff", "T1", "--json");
    expect(clean.stdout).not.toContain("table.headerRowHidden");
  });

  it("upgrade refuses, writing nothing, when a note typed in the hidden header's row would be written over", async () => {
    const run = await importAndUpgrade("hiddenNote");
    expect(run.upgradeRun.code).toBe(2);
    expect(run.upgradeRun.stderr).toContain("— 1 celda: 3.1 Dirección Jurídica: C7.");
    expect(existsSync(run.upgraded)).toBe(false);
  });
});

describe("a column whose header cell is blank but whose table column is named", () => {
  it("a cleared «Observaciones» header (LibreOffice keeps the name): import and upgrade keep every observation", async () => {
    const run = await importAndUpgrade("clearedObservations");
    expect([run.importRun.code, run.upgradeRun.code]).toEqual([0, 0]);
    const expected = {
      ref: "A7:AE9",
      headerRowCount: 1,
      rows: [
        ["DJ-01", "Observación de DJ-01"],
        ["DJ-02", "Observación de DJ-02"],
      ],
    };
    expect(readBack(run.imported, "ID", "Observaciones")).toEqual(expected);
    expect(readBack(run.upgraded, "ID", "Observaciones")).toEqual(expected);
  });

  it("a user column named «Columna1» in the table part: carried at the table's end under that name", async () => {
    const run = await importAndUpgrade("named");
    expect([run.importRun.code, run.upgradeRun.code]).toEqual([0, 0]);
    expect(run.upgradeRun.stdout).toContain(
      "Columna propia de DJ («3.1 Dirección Jurídica») conservada al final de la tabla: «Columna1»."
    );
    const expected = {
      ref: "A7:AF9",
      headerRowCount: 1,
      rows: [
        ["DJ-01", "Nota de DJ-01"],
        ["DJ-02", 50],
      ],
    };
    expect(readBack(run.imported, "ID", "Columna1")).toEqual(expected);
    expect(readBack(run.upgraded, "ID", "Columna1")).toEqual(expected);
  });
});

describe("a user column holding values that cannot be told by its header", () => {
  it.each(["repeated", "nameless"])(
    "(%s header) import and upgrade refuse, naming the sheet and column AF, and write nothing",
    async (kind) => {
      const es = await importAndUpgrade(kind);
      expect(es.importRun.code).toBe(2);
      expect(es.importRun.stderr.split("\n")).toContain(
        `⚠ En «${file(kind)}», la columna AF de la pestaña «3.1 Dirección Jurídica» tiene valores escritos y su encabezado está en blanco o repite el de otra columna: no se sabe de qué columna son esos valores, así que el área DJ no se importó, para no perderlos. Dele a cada columna un encabezado propio, que no repita otro, e importe de nuevo.`
      );
      expect(es.upgradeRun.code).toBe(2);
      expect(es.upgradeRun.stderr.trim()).toBe(
        "No se actualizó el libro (no se escribió nada): la columna '3.1 Dirección Jurídica'!AF:AF tiene valores escritos y su encabezado está en blanco o repite el de otra columna, así que no se sabe de qué columna son y la pestaña rehecha los perdería. Dele a cada columna un encabezado propio, que no repita otro, y actualice de nuevo."
      );
      expect([existsSync(es.imported), existsSync(es.upgraded)]).toEqual([false, false]);

      const en = await importAndUpgrade(kind, "en");
      expect(en.importRun.stderr.split("\n")).toContain(
        `⚠ In “${file(kind)}”, column AF of the tab “3.1 Dirección Jurídica” holds typed values and its header is blank or repeats another column's: there is no telling which column those values belong to, so area DJ was not imported, so as not to lose them. Give each column a header of its own that repeats no other, and import again.`
      );
      expect(en.upgradeRun.stderr.trim()).toBe(
        "The workbook was not upgraded (nothing was written): column '3.1 Dirección Jurídica'!AF:AF holds typed values and its header is blank or repeats another column's, so there is no telling which column they belong to and the rebuilt tab would lose them. Give each column a header of its own that repeats no other, and upgrade again."
      );
      expect([existsSync(en.imported), existsSync(en.upgraded)]).toEqual([false, false]);
    }
  );
});
