/**
 * `plan-matrix upgrade` with a template that adds a column (SPEC §2 "Template evolution"): the rebuilt area tab's
 * later columns move right, and a formula users wrote elsewhere that points into the tab moves with them, the way
 * Excel moves references when columns are inserted — the figure it shows is the same before and after. The user's
 * sheet, the note beside the table and a formula typed in an input cell are written by openpyxl (an independent
 * writer); the output is read back by openpyxl and recalculated by LibreOffice. The CLI runs as bin/plan-matrix.js.
 *
 * Addresses by hand: the sample template's T_DJ starts at A7 with 31 columns (`ID` … `Estado del reporte` A…AA,
 * `Programado a la fecha` AB, `Ejecutado a la fecha` AC, `% Cumplimiento` AD, `Semáforo` AE); version 2 adds the
 * list column `Fuente` after `Estado del reporte` (AB), so `% Cumplimiento` is at AE and the table ends at AF.
 */
import { runPython } from "../support/python";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { filledPlanWorkbook, validRow } from "../support/filledPlan";
import { recalculateWithLibreOffice } from "../support/libreoffice";
import { cliProcess } from "../support/runCli";
import { sampleTemplate, sampleTemplateWithSource } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";

jest.setTimeout(180_000);

const dir = testOutputDir("upgrade-moves-references");
const file = (name: string): string => path.join(dir, name);
const DJ = "3.1 Dirección Jurídica";
const MINE = "Mi hoja";

/** Runs Python with openpyxl; the script prints JSON. */
function python(script: string, ...args: string[]): unknown {
  return JSON.parse(runPython(["-c", script, ...args]));
}

/** The user's formulas on «Mi hoja», by cell: the first three point into DJ's moved columns. */
const USER_FORMULAS: Record<string, string> = {
  B1: `='${DJ}'!AD8`,
  B2: `=SUM('${DJ}'!AD8:AD20)`,
  B3: `=COUNT('${DJ}'!$AD:$AD)`,
  // Never moved: a string that looks like a reference, a structured reference, the title block, a whole row,
  // an unqualified reference (this sheet's own cell), a function whose name looks like a cell.
  B4: `="'${DJ}'!AD8"`,
  B5: "=SUM(T_DJ[% Cumplimiento])",
  B6: `='${DJ}'!A1`,
  B7: `=SUM('${DJ}'!8:8)`,
  B8: "=AD8",
  B9: "=LOG10(100)",
};

const v1 = sampleTemplate();
const v2 = sampleTemplateWithSource();

const programmed = {
  "Programado T1": 2,
  "Programado T2": 2,
  "Programado T3": 2,
  "Programado T4": 2,
};

let run: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  // DJ-01: 2 programmed and 1 executed by T1 (the cut-off): Ejecutado a la fecha 1, % Cumplimiento 50 %.
  // DJ-02: 1 of 1: 100 %. The columns next to each other hold different figures, so a reference one column off shows.
  const plan = await filledPlanWorkbook(v1, {
    DJ: [
      validRow("Litigar", [1, null, null, null], { ...programmed, [HEADERS.goal]: 8 }),
      validRow("Asesorar", [1, null, null, null], { [HEADERS.weight]: 0.5 }),
    ],
  });
  await plan.xlsx.writeFile(file("plan.xlsx"));
  python(
    `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
mine = wb.create_sheet(sys.argv[4])
for cell, formula in json.loads(sys.argv[5]).items():
    mine[cell] = formula
from openpyxl.workbook.defined_name import DefinedName
wb.defined_names.append(DefinedName("MiCumplimiento", attr_text="'%s'!$AD$8" % sys.argv[3]))
mine["B10"] = "=MiCumplimiento"
# Names scoped to one sheet: on the user's sheet, and on DJ's tab (which the upgrade rebuilds).
wb.defined_names.append(DefinedName("MiFila", localSheetId=wb.sheetnames.index(sys.argv[4]), attr_text="'%s'!$AD$9" % sys.argv[3]))
wb.defined_names.append(DefinedName("Fila8", localSheetId=wb.sheetnames.index(sys.argv[3]), attr_text="'%s'!$AD$8" % sys.argv[3]))
dj = wb[sys.argv[3]]
dj["AH3"] = "=AD8*100"
# Observaciones (Z) of DJ-02: a formula typed in an input cell, unqualified, so on the tab itself.
dj["Z9"] = "=AC8+AD9"
# Two charts on the user's sheet: % Cumplimiento (AD) by ID (A), titled; the objectives (B) alone, untitled.
from openpyxl.chart import BarChart, Reference
chart = BarChart()
chart.title = "Cumplimiento DJ"
chart.add_data(Reference(dj, min_col=30, min_row=8, max_row=9))
chart.set_categories(Reference(dj, min_col=1, min_row=8, max_row=9))
mine.add_chart(chart, "D2")
other = BarChart()
other.add_data(Reference(dj, min_col=2, min_row=8, max_row=9))
mine.add_chart(other, "D20")
# A list validation and two conditional formats on the user's sheet: the list and one format read DJ's % Cumplimiento.
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.formatting.rule import FormulaRule
validation = DataValidation(type="list", formula1="'%s'!$AD$8:$AD$9" % sys.argv[3])
mine.add_data_validation(validation)
validation.add("C1:C5")
mine.conditional_formatting.add("C1:C5", FormulaRule(formula=["'%s'!$AD$8>0.4" % sys.argv[3]]))
mine.conditional_formatting.add("C6:C9", FormulaRule(formula=["C6>0"]))
wb.save(sys.argv[2])
print("null")
`,
    file("plan.xlsx"),
    file("mine.xlsx"),
    DJ,
    MINE,
    JSON.stringify(USER_FORMULAS)
  );
  writeFileSync(file("v2.json"), JSON.stringify(v2));
  run = cliProcess([
    "upgrade",
    file("mine.xlsx"),
    "--template",
    file("v2.json"),
    "--out",
    file("up.xlsx"),
    "--force",
  ]);
});

/** Cells of `sheet` in `workbook` as openpyxl reads them (formulas, or values when `values`). */
function cells(workbook: string, sheet: string, addresses: string[], values = false): unknown {
  return python(
    `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1], data_only=sys.argv[4] == "1")[sys.argv[2]]
print(json.dumps({a: ws[a].value for a in sys.argv[3].split(",")}, ensure_ascii=False))
`,
    workbook,
    sheet,
    addresses.join(","),
    values ? "1" : "0"
  );
}

it("moves the references into the moved columns and leaves every other one as written", () => {
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(cells(file("up.xlsx"), MINE, Object.keys(USER_FORMULAS))).toEqual({
    ...USER_FORMULAS,
    B1: `='${DJ}'!AE8`,
    B2: `=SUM('${DJ}'!AE8:AE20)`,
    B3: `=COUNT('${DJ}'!$AE:$AE)`,
  });
  expect(cells(file("up.xlsx"), DJ, ["AD7", "AE7", "AH3", "Z9"])).toEqual({
    AD7: HEADERS.executedToDate,
    AE7: HEADERS.compliance,
    AH3: "=AE8*100",
    Z9: "=AD8+AE9",
  });
});

/** The workbook-level names of `workbook` as openpyxl reads them. */
const namesOf = (workbook: string): unknown =>
  python(
    `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({d.name: d.attr_text for d in wb.defined_names.definedName if d.localSheetId is None and d.name.startswith("Mi")}, ensure_ascii=False))
`,
    workbook
  );

/** The names scoped to one sheet of `workbook` as openpyxl reads them, by `sheet!name`. */
const scopedNamesOf = (workbook: string): unknown =>
  python(
    `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({"%s!%s" % (wb.sheetnames[d.localSheetId], d.name): d.attr_text for d in wb.defined_names.definedName if d.localSheetId is not None and not d.name.startswith("_xlnm")}, ensure_ascii=False))
`,
    workbook
  );

it("moves the user's workbook name too, and the names scoped to a sheet, on the rebuilt tab as well", () => {
  expect(namesOf(file("up.xlsx"))).toEqual({ MiCumplimiento: `'${DJ}'!$AE$8` });
  expect(scopedNamesOf(file("mine.xlsx"))).toEqual({
    [`${MINE}!MiFila`]: `'${DJ}'!$AD$9`,
    [`${DJ}!Fila8`]: `'${DJ}'!$AD$8`,
  });
  expect(scopedNamesOf(file("up.xlsx"))).toEqual({
    [`${MINE}!MiFila`]: `'${DJ}'!$AE$9`,
    [`${DJ}!Fila8`]: `'${DJ}'!$AE$8`,
  });
  expect(run.stdout).toContain(
    `Los 3 nombres del libro MiCumplimiento, '${MINE}'!MiFila, '${DJ}'!Fila8 apuntan a una pestaña de área reconstruida: se ajustaron para seguir leyendo las mismas celdas, que en la pestaña reconstruida cambiaron de columna.`
  );
});

it("names the moved formulas by sheet", () => {
  const lines = run.stdout.split("\n");
  expect(lines).toEqual(
    expect.arrayContaining([
      `En «${DJ}» 2 fórmulas que apuntan a una pestaña de área reconstruida se ajustaron para seguir leyendo las mismas celdas, que en la pestaña reconstruida cambiaron de columna (como hace Excel al insertar columnas): AH3, Z9.`,
      `En «${MINE}» 3 fórmulas que apuntan a una pestaña de área reconstruida se ajustaron para seguir leyendo las mismas celdas, que en la pestaña reconstruida cambiaron de columna (como hace Excel al insertar columnas): B1, B2, B3.`,
    ])
  );
});

it("says it in English", () => {
  const english = cliProcess([
    "upgrade",
    file("mine.xlsx"),
    "--template",
    file("v2.json"),
    "--out",
    file("up-en.xlsx"),
    "--force",
    "--lang",
    "en",
  ]);
  expect(english.stdout.split("\n")).toContain(
    `In “${MINE}”, 3 formulas pointing into a rebuilt area tab were adjusted to keep reading the same cells, which moved to other columns of the rebuilt tab (as Excel does when columns are inserted): B1, B2, B3.`
  );
});

it("shows the same figures after LibreOffice recalculates both workbooks", () => {
  const [before, after] = recalculateWithLibreOffice(
    [file("mine.xlsx"), file("up.xlsx")],
    path.join(dir, "recalculated")
  );
  // By hand: DJ-01 50 %, DJ-02 100 %; two numbers in % Cumplimiento; the name is DJ-01's 50 %; 0.5 × 100;
  // DJ-01's executed 1 + DJ-02's 100 %.
  const expected = { B1: 0.5, B2: 1.5, B3: 2, B10: 0.5 };
  expect(cells(before, MINE, Object.keys(expected), true)).toEqual(expected);
  expect(cells(after, MINE, Object.keys(expected), true)).toEqual(expected);
  expect(cells(after, DJ, ["AE8", "AE9", "AH3", "Z9"], true)).toEqual({
    AE8: 0.5,
    AE9: 1,
    AH3: 50,
    Z9: 2,
  });
});

/** Each chart part of `workbook` (Python's zipfile): its `<c:f>` references, in order (openpyxl writes the chart
 * namespace unprefixed: `<f>`). */
const chartReferences = (workbook: string): unknown =>
  python(
    `
import json, re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
charts = sorted(n for n in z.namelist() if re.match(r"xl/charts/chart\\d+\\.xml$", n))
print(json.dumps([re.findall(r"<(?:\\w+:)?f>([^<]*)</(?:\\w+:)?f>", z.read(n).decode()) for n in charts], ensure_ascii=False))
`,
    workbook
  );

it("moves the series of a user's chart that reads the moved columns, and says so", () => {
  // openpyxl writes a series' categories before its values; the sheet name is quoted in both.
  expect(chartReferences(file("mine.xlsx"))).toEqual([
    [`'${DJ}'!$A$8:$A$9`, `'${DJ}'!$AD$8:$AD$9`],
    [`'${DJ}'!$B$8:$B$9`],
  ]);
  expect(chartReferences(file("up.xlsx"))).toEqual([
    [`'${DJ}'!$A$8:$A$9`, `'${DJ}'!$AE$8:$AE$9`],
    [`'${DJ}'!$B$8:$B$9`],
  ]);
  expect(run.stdout.split("\n")).toContain(
    `En «${MINE}» el gráfico Cumplimiento DJ lee una pestaña de área reconstruida: sus series se ajustaron para seguir leyendo las mismas celdas, que cambiaron de columna.`
  );
  expect(run.stdout).not.toContain("#2");
});

/** The user's sheet's validation lists and conditional formats' formulas, as openpyxl reads them. */
const rulesOf = (workbook: string): unknown =>
  python(
    `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
validations = [v.formula1 for v in ws.data_validations.dataValidation]
formats = {str(cf.sqref): [f for rule in cf.rules for f in rule.formula] for cf in ws.conditional_formatting}
print(json.dumps({"validations": validations, "formats": formats}, ensure_ascii=False))
`,
    workbook,
    MINE
  );

it("moves the data validation and conditional formats that read the moved columns, and says so", () => {
  expect(rulesOf(file("mine.xlsx"))).toEqual({
    validations: [`'${DJ}'!$AD$8:$AD$9`],
    formats: { "C1:C5": [`'${DJ}'!$AD$8>0.4`], "C6:C9": ["C6>0"] },
  });
  expect(rulesOf(file("up.xlsx"))).toEqual({
    validations: [`'${DJ}'!$AE$8:$AE$9`],
    formats: { "C1:C5": [`'${DJ}'!$AE$8>0.4`], "C6:C9": ["C6>0"] },
  });
  expect(run.stdout.split("\n")).toContain(
    `En «${MINE}» 2 fórmulas de validación de datos o de formato condicional apuntan a una pestaña de área reconstruida: se ajustaron para seguir leyendo las mismas celdas, que cambiaron de columna.`
  );
});
