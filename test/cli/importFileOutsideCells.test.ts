/**
 * `import` carries what the area lead typed around the table in the returned file (SPEC §6: nothing a user typed is
 * lost): a note right of the table, a line above its header, a signature block below and right of it, a figure and
 * a formula beside it go to the same place on the plan's rebuilt tab (both tables start at A7: the same address). A
 * note the plan's tab already holds in that cell is left as it is; notes of the tab and of the file in different
 * cells are both kept; where the tab's cell holds something else, the area is refused, naming the cells of both.
 * The area file is typed by openpyxl (an independent writer); the outputs are read back by openpyxl; the CLI runs as
 * bin/plan-matrix.js.
 *
 * The sample plan's DJ tab: title block A1:A5 and D4:E4, table T_DJ A7:AE9 (two rows), AF is the first column
 * right of it.
 */
import { runPython } from "../support/python";
import { existsSync } from "node:fs";
import path from "node:path";
import { filledPlanWorkbook, validRow } from "../support/filledPlan";
import { saveOneTab } from "../support/openpyxl";
import { cliProcess } from "../support/runCli";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";

jest.setTimeout(120_000);

const dir = testOutputDir("import-file-outside-cells");
const file = (name: string): string => path.join(dir, name);
const DJ = "3.1 Dirección Jurídica";

/** Runs Python with openpyxl; the script prints JSON. */
function python(script: string, ...args: string[]): unknown {
  return JSON.parse(runPython(["-c", script, ...args]));
}

/**
 * `source` with `edits` (Python statements on `ws`, the DJ sheet) typed by openpyxl, saved as `name`. `cached`: a
 * formula cell given the value Excel would have saved with it (openpyxl saves formulas without one).
 */
function typed(
  source: string,
  name: string,
  edits: string,
  cached: [string, number][] = []
): string {
  python(
    `
import json, re, sys, zipfile, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[3]]
${edits}
wb.save(sys.argv[2])
cached = json.loads(sys.argv[4])
if cached:
    part = "xl/worksheets/sheet%d.xml" % (wb.sheetnames.index(sys.argv[3]) + 1)
    with zipfile.ZipFile(sys.argv[2]) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts[part].decode("utf8")
    for ref, value in cached:
        xml, n = re.subn(r'(<c r="%s"[^>]*>\\s*<f>[^<]*</f>)\\s*(<v\\s*/>|<v>\\s*</v>)?' % ref, r"\\1<v>%s</v>" % value, xml)
        assert n == 1, ref
    parts[part] = xml.encode("utf8")
    with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
print("null")
`,
    source,
    file(name),
    DJ,
    JSON.stringify(cached)
  );
  return file(name);
}

/** Cells of the DJ tab of `output` as openpyxl reads them: value and type ("s" text, "n" number, "f" formula). */
function readBack(output: string, cells: string[]): unknown {
  return python(
    `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
print(json.dumps({
  "cells": {a: [ws[a].value, ws[a].data_type] for a in sys.argv[3].split(",")},
  "table": ws.tables["T_DJ"].ref,
}, ensure_ascii=False))
`,
    output,
    DJ,
    cells.join(",")
  );
}

/** What the area lead typed around the table in the file. */
const AREA_NOTES = `
ws["AF8"] = "Nota del área: meta ajustada con la jefe"
ws["B6"] = "Comentario del área: cifras a junio"
ws["AG11"] = "Firma: Ana Gómez, jefe"
ws["AH3"] = "Revisado"
ws["AF5"] = 12.5
ws["AG5"] = "=AF5*2"
ws["AG6"] = "=AF5+1"
ws["AF20"] = "=1+1 (texto)"
ws["AF20"].data_type = "s"
`;

beforeAll(async () => {
  process.env.PLAN_MATRIX_TODAY = "2021-07-10";
  const template = sampleTemplate();
  await (await filledPlanWorkbook(template, {})).xlsx.writeFile(file("plan.xlsx"));
  const rows = [validRow("Asesorar", [1, 1]), validRow("Conciliar", [1, 1])];
  await (await filledPlanWorkbook(template, { DJ: rows })).xlsx.writeFile(file("dj.xlsx"));
  // AG5 as Excel saves it (its value, 25, with the formula); AG6 as a script leaves it (never calculated).
  typed(file("dj.xlsx"), "dj-notes.xlsx", AREA_NOTES, [["AG5", 25]]);
  // The area's tab alone (Excel's Move or Copy › new book), its notes with it.
  saveOneTab(file("dj-notes.xlsx"), file("dj-tab.xlsx"), "T_DJ");
});
afterAll(() => {
  delete process.env.PLAN_MATRIX_TODAY;
});

const NOTE_CELLS = ["AF8", "B6", "AG11", "AH3", "AF5", "AG5", "AG6", "AF20"];

it("carries each note of the file to the same cell of the plan's tab, formulas as their values, and says so", () => {
  const output = file("imported.xlsx");
  const run = cliProcess(["import", file("plan.xlsx"), file("dj-notes.xlsx"), "--out", output]);
  expect(run.code).toBe(0);
  expect(readBack(output, [...NOTE_CELLS, "C8", "A3"])).toEqual({
    cells: {
      AF8: ["Nota del área: meta ajustada con la jefe", "s"],
      B6: ["Comentario del área: cifras a junio", "s"],
      AG11: ["Firma: Ana Gómez, jefe", "s"],
      AH3: ["Revisado", "s"],
      AF5: [12.5, "n"],
      // The value the file had calculated, not the formula (which was written for the file's cells).
      AG5: [25, "n"],
      // Never calculated: its text, shown, never a blank and never a formula.
      AG6: ["=AF5+1", "s"],
      // Text that looks like a formula stays text.
      AF20: ["=1+1 (texto)", "s"],
      C8: ["Asesorar", "s"],
      A3: ["Macroproceso: Misional", "s"],
    },
    table: "A7:AE9",
  });
  const f = file("dj-notes.xlsx");
  expect(run.stdout.split("\n")).toEqual(
    expect.arrayContaining([
      `· «${f}» tenía 8 celdas escritas fuera de la tabla, en la hoja «${DJ}» (AH3, AF5, AG5, B6, AG6, AF8, AG11, AF20); quedaron en AH3, AF5, AG5, B6, AG6, AF8, AG11, AF20 de la pestaña «${DJ}» del área DJ, en el mismo lugar respecto de la tabla.`,
      `· En «${f}», 2 celdas de la hoja «${DJ}» fuera de la tabla (AG5, AG6) tenían fórmulas: a la pestaña «${DJ}» se copiaron los valores que el archivo había calculado, no las fórmulas (una fórmula nunca calculada, como su texto). Si debe seguir calculándose, escríbala de nuevo en la pestaña.`,
    ])
  );
});

it("carries a link on a note of the file with the note, and does not name it as left behind", () => {
  const source = typed(
    file("dj.xlsx"),
    "dj-link.xlsx",
    `ws["AG11"] = "Acta firmada"\nws["AG11"].hyperlink = "https://intranet.example.gov.co/actas/dj-junio.pdf"`
  );
  const output = file("link.xlsx");
  const run = cliProcess(["import", file("plan.xlsx"), source, "--out", output]);
  expect(run.code).toBe(0);
  expect(
    python(
      `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
print(json.dumps({c.coordinate: [c.value, c.hyperlink.target] for row in ws.iter_rows() for c in row if c.hyperlink}))
`,
      output,
      DJ
    )
  ).toEqual({ AG11: ["Acta firmada", "https://intranet.example.gov.co/actas/dj-junio.pdf"] });
  expect(run.stdout).not.toMatch(/vínculo/i);
});

it("keeps the tab's own notes beside the file's, and leaves a note both hold alike as it is", () => {
  const plan = typed(
    file("plan.xlsx"),
    "plan-notes.xlsx",
    `ws["AH4"] = "Nota de Planeación"\nws["AH3"] = "Revisado"`
  );
  const output = file("both.xlsx");
  const run = cliProcess(["import", plan, file("dj-notes.xlsx"), "--out", output, "--lang", "en"]);
  expect(run.code).toBe(0);
  expect(readBack(output, ["AH3", "AH4", "AF8"])).toEqual({
    cells: {
      AH3: ["Revisado", "s"],
      AH4: ["Nota de Planeación", "s"],
      AF8: ["Nota del área: meta ajustada con la jefe", "s"],
    },
    table: "A7:AE9",
  });
  // AH3 is the tab's (stayed where it was); the file's AH3 says the same, so it is not among the file's cells.
  const f = file("dj-notes.xlsx");
  expect(run.stdout.split("\n")).toEqual(
    expect.arrayContaining([
      `· The tab “${DJ}” of area DJ was rebuilt to import “${f}”: the 2 cells typed outside the table (AH3, AH4) stayed where they were.`,
      `· “${f}” had 7 cells typed outside the table, on sheet “${DJ}” (AF5, AG5, B6, AG6, AF8, AG11, AF20); they went to AF5, AG5, B6, AG6, AF8, AG11, AF20 of the tab “${DJ}” of area DJ, in the same place relative to the table.`,
    ])
  );
});

it("carries them from a one-tab copy too", () => {
  const output = file("one-tab.xlsx");
  const run = cliProcess(["import", file("plan.xlsx"), file("dj-tab.xlsx"), "--out", output]);
  expect(run.code).toBe(0);
  expect(readBack(output, ["AF8", "B6", "AG11", "AG5"])).toEqual({
    cells: {
      AF8: ["Nota del área: meta ajustada con la jefe", "s"],
      B6: ["Comentario del área: cifras a junio", "s"],
      AG11: ["Firma: Ana Gómez, jefe", "s"],
      // openpyxl saved the copy without the value Excel had cached: the formula's text.
      AG5: ["=AF5*2", "s"],
    },
    table: "A7:AE9",
  });
});

describe("a note of the file where the tab holds another", () => {
  const plan = (): string =>
    typed(file("plan.xlsx"), "plan-collides.xlsx", `ws["AF8"] = "Nota de Planeación"`);

  it("refuses the area, naming the cells on both sides, and writes nothing", () => {
    const output = file("refused.xlsx");
    const f = file("dj-notes.xlsx");
    const run = cliProcess(["import", plan(), f, "--out", output]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toContain(
      `⚠ «${f}» tiene una celda escrita fuera de la tabla, en la hoja «${DJ}» (AF8), que iría a AF8 de la pestaña «${DJ}» del área DJ, donde hay otro contenido: «${f}» no se importó para el área DJ, para no escribir encima ni perder lo del archivo. Mueva ese contenido a celdas libres, en el archivo o en la pestaña (o deje lo mismo en ambos), e importe de nuevo.`
    );
    expect(existsSync(output)).toBe(false);
  });

  it("says it in English", () => {
    const f = file("dj-notes.xlsx");
    const run = cliProcess([
      "import",
      file("plan-collides.xlsx"),
      f,
      "--out",
      file("refused-en.xlsx"),
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toContain(
      `⚠ “${f}” has a cell typed outside the table, on sheet “${DJ}” (AF8), which would go to AF8 of the tab “${DJ}” of area DJ, where something else is: “${f}” was not imported for area DJ, so as not to write over the tab nor lose what the file holds. Move that content to free cells, in the file or on the tab (or make both hold the same), and import again.`
    );
  });
});

it("keeps refusing a file with a line typed just below its table, in the table's columns", () => {
  const f = typed(file("dj.xlsx"), "dj-below.xlsx", `ws["B11"] = "Firma: Ana Gómez"`);
  const run = cliProcess(["import", file("plan.xlsx"), f, "--out", file("below.xlsx")]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(
    `«${f}» tiene datos en B11 de la hoja «${DJ}», debajo de la tabla T_DJ`
  );
});

it("imports a file with nothing around its table as before: no cell added, no line about them", () => {
  const output = file("plain.xlsx");
  const run = cliProcess(["import", file("plan.xlsx"), file("dj.xlsx"), "--out", output]);
  expect(run.code).toBe(0);
  expect(readBack(output, ["AF8", "B6", "AH3", "C8"])).toEqual({
    cells: {
      AF8: [null, "n"],
      B6: [null, "n"],
      AH3: [null, "n"],
      C8: ["Asesorar", "s"],
    },
    table: "A7:AE9",
  });
  expect(run.stdout).not.toContain("fuera de la tabla");
});

it("consolidate --import carries them too", () => {
  const output = file("consolidated.xlsx");
  const run = cliProcess([
    "consolidate",
    file("plan.xlsx"),
    "--import",
    file("dj-notes.xlsx"),
    "--out",
    output,
  ]);
  expect(run.code).toBe(0);
  expect(readBack(output, ["AF8", "AG5"])).toEqual({
    cells: { AF8: ["Nota del área: meta ajustada con la jefe", "s"], AG5: [25, "n"] },
    table: "A7:AE9",
  });
});
