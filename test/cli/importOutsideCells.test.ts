/**
 * `import` and `consolidate --import` rebuild the plan's area tab around the rows of the returned file; what users
 * typed on that tab around its table (a note in AH3, a value in the title block's rows where the layout writes
 * nothing, a figure and a formula beside the table, a merged range) goes to the same address (SPEC §6: nothing a
 * user typed is lost), and a cell the imported table would cover refuses that area, naming the cells. The plan is
 * typed by openpyxl (an independent writer) and the outputs read back by openpyxl; the CLI runs as bin/plan-matrix.js.
 */
import { runPython } from "../support/python";
import { existsSync } from "node:fs";
import path from "node:path";
import { filledPlanWorkbook, validRow } from "../support/filledPlan";
import { cliProcess } from "../support/runCli";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";

jest.setTimeout(120_000);

const dir = testOutputDir("import-outside-cells");
const file = (name: string): string => path.join(dir, name);
const DJ = "3.1 Dirección Jurídica";

/** Runs Python with openpyxl; the script prints JSON. */
function python(script: string, ...args: string[]): unknown {
  return JSON.parse(runPython(["-c", script, ...args]));
}

/** The empty plan with `edits` (Python statements on `ws`, the DJ tab) typed by openpyxl, saved as `name`. */
function typedPlan(name: string, edits: string): string {
  python(
    `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[3]]
${edits}
wb.save(sys.argv[2])
print("null")
`,
    file("plan.xlsx"),
    file(name),
    DJ
  );
  return file(name);
}

/** The DJ tab of `output` as openpyxl reads it: the cells asked for, the merged ranges, the table's range. */
function readBack(output: string, cells: string[]): unknown {
  return python(
    `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
print(json.dumps({
  "cells": {a: ws[a].value for a in sys.argv[3].split(",")},
  "merges": sorted(str(r) for r in ws.merged_cells.ranges),
  "table": ws.tables["T_DJ"].ref,
}, ensure_ascii=False))
`,
    output,
    DJ,
    cells.join(",")
  );
}

const NOTES = `
ws["AH3"] = "Nota de Planeación: revisar en julio"
ws["C3"] = "Vo. Bo. jefe"
ws["AH5"] = 12.5
ws["AI6"] = "=AH5*2"
ws["AH12"] = "Firmas"
ws.merge_cells("AH12:AI13")
from openpyxl.comments import Comment
ws["C8"].comment = Comment("revisar con jurídica", "Ana")
`;

beforeAll(async () => {
  process.env.PLAN_MATRIX_TODAY = "2021-07-10";
  const template = sampleTemplate();
  await (await filledPlanWorkbook(template, {})).xlsx.writeFile(file("plan.xlsx"));
  // DJ's two objectives, as the area returns them; and four rows, which make its table two rows longer.
  const rows = [validRow("Asesorar", [1, 1]), validRow("Conciliar", [1, 1])];
  await (await filledPlanWorkbook(template, { DJ: rows })).xlsx.writeFile(file("dj.xlsx"));
  await (
    await filledPlanWorkbook(template, {
      DJ: [...rows, validRow("Capacitar", [1, 1]), validRow("Revisar contratos", [1, 1])],
    })
  ).xlsx.writeFile(file("dj-4-typed.xlsx"));
  await (
    await filledPlanWorkbook(template, { SGR: [validRow("Acompañar", [1, 1])] })
  ).xlsx.writeFile(file("sgr.xlsx"));
  // The two rows typed under the table, taken into it as the area does in Excel (Cambiar el tamaño de la tabla).
  python(
    `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
table = wb[sys.argv[3]].tables["T_DJ"]
table.ref = "A7:AE11"
table.autoFilter.ref = "A7:AE11"
wb.save(sys.argv[2])
print("null")
`,
    file("dj-4-typed.xlsx"),
    file("dj-4.xlsx"),
    DJ
  );
});
afterAll(() => {
  delete process.env.PLAN_MATRIX_TODAY;
});

describe("import", () => {
  it("keeps what was typed around the DJ table at its address, names it, and names the comment it lost", () => {
    const plan = typedPlan("notes.xlsx", NOTES);
    const output = file("imported.xlsx");
    const run = cliProcess(["import", plan, file("dj.xlsx"), "--out", output]);
    expect(run.code).toBe(0);
    expect(readBack(output, ["AH3", "C3", "AH5", "AI6", "AH12", "A3", "B8"])).toEqual({
      cells: {
        AH3: "Nota de Planeación: revisar en julio",
        C3: "Vo. Bo. jefe",
        AH5: 12.5,
        AI6: "=AH5*2",
        AH12: "Firmas",
        // The title block is the layout's, written again; the rows are the file's.
        A3: "Macroproceso: Misional",
        B8: "Mapear el litigio estratégico.",
      },
      merges: ["AH12:AI13"],
      table: "A7:AE9",
    });
    const lines = `${run.stdout}\n${run.stderr}`.split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        `· La pestaña «${DJ}» del área DJ se reconstruyó para importar «${file("dj.xlsx")}»: las 5 celdas escritas fuera de la tabla (C3, AH3, AH5, AI6, AH12) quedaron en su lugar.`,
        `· La pestaña «${DJ}» del área DJ tenía un comentario en C8, que se perdió al reconstruirla para importar «${file("dj.xlsx")}»; el libro de entrada lo conserva. Cópielo a mano si lo necesita.`,
      ])
    );
  });

  it("refuses the area, writing nothing, where the imported table would cover a typed cell, in Spanish", () => {
    const plan = typedPlan(
      "below.xlsx",
      `ws["A11"] = "Aprobado por el comité"\nws["AH3"] = "Nota"`
    );
    const output = file("refused.xlsx");
    const run = cliProcess(["import", plan, file("dj-4.xlsx"), "--out", output]);
    // DJ was the only area the file brings: nothing is imported, nothing written.
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toContain(
      `⚠ La pestaña «${DJ}» del área DJ tiene una celda escrita fuera de la tabla (A11) donde quedaría la tabla con las filas y columnas de «${file("dj-4.xlsx")}»: «${file("dj-4.xlsx")}» no se importó para el área DJ, para no escribir encima. Mueva ese contenido a celdas libres más a la derecha o más abajo de la tabla e importe de nuevo.`
    );
    expect(existsSync(output)).toBe(false);
  });

  it("says it in English", () => {
    const plan = file("below.xlsx");
    const run = cliProcess([
      "import",
      plan,
      file("dj-4.xlsx"),
      "--out",
      file("refused-en.xlsx"),
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toContain(
      `⚠ The tab “${DJ}” of area DJ has a cell typed outside the table (A11) where the table would go with the rows and columns of “${file("dj-4.xlsx")}”: “${file("dj-4.xlsx")}” was not imported for area DJ, so as not to write over it. Move that content to free cells further right of or below the table and import again.`
    );
  });

  it("imports the other areas' files: only the area whose tab has the cell in the way is left as it was", () => {
    const output = file("partly.xlsx");
    const run = cliProcess([
      "import",
      file("below.xlsx"),
      file("dj-4.xlsx"),
      file("sgr.xlsx"),
      "--out",
      output,
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`⚠ La pestaña «${DJ}» del área DJ tiene una celda escrita`);
    // DJ's tab as it was (its template rows, the line below them); SGR's tab holds the file's row.
    expect(readBack(output, ["A11", "C8", "AH3"])).toEqual({
      cells: { A11: "Aprobado por el comité", C8: null, AH3: "Nota" },
      merges: [],
      table: "A7:AE9",
    });
    const sgr = python(
      `
import json, sys, openpyxl
ws = next(ws for ws in openpyxl.load_workbook(sys.argv[1]) if "T_SGR" in ws.tables)
print(json.dumps(ws["C8"].value, ensure_ascii=False))
`,
      output
    );
    expect(sgr).toBe("Acompañar");
  });

  it("imports the longer table once the cell is moved further down", () => {
    const plan = typedPlan("moved.xlsx", `ws["A13"] = "Aprobado por el comité"`);
    const output = file("imported-4.xlsx");
    const run = cliProcess(["import", plan, file("dj-4.xlsx"), "--out", output]);
    expect(run.code).toBe(0);
    expect(readBack(output, ["C11", "A13"])).toEqual({
      cells: { C11: "Revisar contratos", A13: "Aprobado por el comité" },
      merges: [],
      table: "A7:AE11",
    });
  });
});

it("consolidate --import keeps them too", () => {
  const plan = typedPlan("notes-c.xlsx", NOTES);
  const output = file("consolidated.xlsx");
  const run = cliProcess(["consolidate", plan, "--import", file("dj.xlsx"), "--out", output]);
  expect(run.code).toBe(0);
  expect(readBack(output, ["AH3", "C3", "AI6"])).toEqual({
    cells: { AH3: "Nota de Planeación: revisar en julio", C3: "Vo. Bo. jefe", AI6: "=AH5*2" },
    merges: ["AH12:AI13"],
    table: "A7:AE9",
  });
});
