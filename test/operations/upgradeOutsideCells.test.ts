/**
 * An upgrade keeps what users put on an area tab around its table (SPEC §2 "Template evolution": no typed cell
 * lost). A plan is generated, then openpyxl (an independent writer) types a note above the table, a figure and a
 * formula beside it, a merged range and a line below it, the way a user does in Excel; the file host upgrades it,
 * and openpyxl reads the result back. Where the new layout would write over a typed cell, nothing is written.
 */
import { runPython } from "../support/python";
import { existsSync } from "node:fs";
import path from "node:path";
import { Template } from "../../src/core/template/Template";
import { formatOperationError } from "../../src/operations/formatOperationError";
import { OperationError } from "../../src/operations/OperationError";
import { generate } from "../../src/operations/generate";
import { upgrade } from "../../src/operations/upgrade";
import { FileHost } from "../../src/shells/xlsx/FileHost";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";
import { officeHost } from "../shells/office/support";

jest.setTimeout(60_000);

const DJ = "3.1 Dirección Jurídica";

/** Version 2: a new column «Riesgo» (the table one column wider: A7:AF), a new objective for DJ, DJ renamed. */
function version2(): Template {
  const template = sampleTemplate({ templateVersion: 2 });
  template.extraColumns = [{ header: "Riesgo", type: "text", required: false }];
  const dj = template.macroprocesses[0].areas[0];
  dj.name = "Dirección Jurídica y Contractual";
  dj.objectives = [...dj.objectives, "Revisar los contratos."];
  return template;
}

/** Runs Python with openpyxl on `file` (argv[1]); the script prints JSON. */
function python(script: string, ...args: string[]): unknown {
  return JSON.parse(runPython(["-c", script, ...args]));
}

/** A generated plan with `edits` (Python statements on `ws`, the DJ tab) typed by openpyxl, saved as `name`. */
async function typedPlan(dir: string, name: string, edits: string): Promise<string> {
  const generated = path.join(dir, "generated.xlsx");
  if (!existsSync(generated))
    await generate(new FileHost({ output: generated }), { template: sampleTemplate() });
  const typed = path.join(dir, name);
  const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[3]]
${edits}
wb.save(sys.argv[2])
print("null")
`;
  python(script, generated, typed, DJ);
  return typed;
}

describe("upgrade over the file host, with cells typed around an area table", () => {
  const dir = testOutputDir("upgrade-outside-cells");

  it("carries each one to its address, keeps the merged range, and reports them", async () => {
    const input = await typedPlan(
      dir,
      "typed.xlsx",
      `
ws["AH3"] = "Nota fuera de la tabla"
ws["AH5"] = 12.5
ws["AI6"] = "=AH5*2"
ws["AH12"] = "Firmas"
ws.merge_cells("AH12:AI13")
ws["A20"] = "Aprobado por el comité el 5/4"
from openpyxl.comments import Comment
ws["C8"].comment = Comment("revisar con jurídica", "Ana")
`
    );
    const output = path.join(dir, "upgraded.xlsx");
    const result = await upgrade(new FileHost({ input, output, force: true }), {
      template: version2(),
    });
    const read = python(
      `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
print(json.dumps({
  "cells": {a: ws[a].value for a in ["AH3", "AH5", "AI6", "AH12", "A20", "A2"]},
  "merges": sorted(str(r) for r in ws.merged_cells.ranges),
  "table": ws.tables["T_DJ"].ref,
}, ensure_ascii=False))
`,
      output,
      DJ
    );
    expect(read).toEqual({
      cells: {
        AH3: "Nota fuera de la tabla",
        AH5: 12.5,
        AI6: "=AH5*2",
        AH12: "Firmas",
        A20: "Aprobado por el comité el 5/4",
        // The title block is the template's: rewritten with the area's new name, not carried.
        A2: "Área: Dirección Jurídica y Contractual",
      },
      merges: ["AH12:AI13"],
      // 2 objectives + the new one under the header row 7; 31 columns + Riesgo.
      table: "A7:AF10",
    });
    expect(result.report.carriedOutside).toEqual([
      { area: "DJ", sheet: DJ, cells: ["AH3", "AH5", "AI6", "AH12", "A20"] },
    ]);
    // Comments are not carried (the writer has no comments part): said, not dropped in silence.
    expect(result.report.problems).toContainEqual({
      code: "upgrade.commentsNotCarried",
      params: { sheet: DJ, count: 1, cells: "C8" },
    });
  });

  it("refuses, writing nothing, when the new layout would write over typed cells, naming them", async () => {
    const input = await typedPlan(
      dir,
      "colliding.xlsx",
      `
ws["AF8"] = "comentario al lado"
ws["A10"] = "fila de notas"
ws["AH3"] = "Nota que sí cabe"
`
    );
    const output = path.join(dir, "refused.xlsx");
    const error = await upgrade(new FileHost({ input, output }), { template: version2() }).then(
      () => null,
      (thrown: unknown) => thrown
    );
    expect(error).toBeInstanceOf(OperationError);
    const refusal = error as OperationError;
    expect([refusal.code, refusal.params]).toEqual([
      "operation.upgradeCollision",
      { count: 2, places: `${DJ}: AF8, A10` },
    ]);
    expect(formatOperationError(refusal, "es")).toBe(
      "No se actualizó el libro (no se escribió nada): la nueva versión de la plantilla pone su título o su tabla (más ancha por columnas nuevas o más larga por objetivos nuevos) donde usted escribió fuera de la tabla — 2 celdas: 3.1 Dirección Jurídica: AF8, A10. Mueva ese contenido a celdas libres más a la derecha o más abajo de la tabla y actualice de nuevo."
    );
    expect(existsSync(output)).toBe(false);
  });
});

describe("upgrade over the Office host (the strict Excel fake)", () => {
  it("carries a note typed above the table and a line typed below it to their addresses", async () => {
    const { excel, host } = officeHost();
    await generate(host, { template: sampleTemplate() });
    // Typed as users do: AH3 (row 3, column 34) and A20 (row 20, column 1); the fake counts from 0.
    excel.sheet(DJ).cellForWrite(2, 33).v = "Nota fuera de la tabla";
    excel.sheet(DJ).cellForWrite(19, 0).v = "Aprobado por el comité el 5/4";
    const result = await upgrade(host, { template: version2() });
    const cells = excel.dump(DJ);
    expect([cells.AH3, cells.A20, cells.A2]).toEqual([
      "Nota fuera de la tabla",
      "Aprobado por el comité el 5/4",
      "Área: Dirección Jurídica y Contractual",
    ]);
    expect(result.report.carriedOutside).toEqual([
      { area: "DJ", sheet: DJ, cells: ["AH3", "A20"] },
    ]);
  });

  it("refuses, writing nothing, when the new column would cover a typed cell", async () => {
    const { excel, host } = officeHost();
    await generate(host, { template: sampleTemplate() });
    excel.sheet(DJ).cellForWrite(7, 31).v = "comentario al lado"; // AF8
    const before = excel.dump(DJ);
    const error = await upgrade(host, { template: version2() }).then(
      () => null,
      (thrown: unknown) => thrown
    );
    expect([(error as OperationError).code, (error as OperationError).params]).toEqual([
      "operation.upgradeCollision",
      { count: 1, places: `${DJ}: AF8` },
    ]);
    expect(excel.dump(DJ)).toEqual(before);
  });
});
