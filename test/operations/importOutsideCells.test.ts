/**
 * An import keeps what users put on the plan's area tab around its table (SPEC §6: nothing a user typed is lost),
 * through the hosts that are not the CLI's: the Office host over the strict Excel fake, where the cells are typed as
 * users type them, and the in-browser host, over a plan typed by openpyxl and read back by openpyxl. A cell the
 * imported table would cover leaves that area's tab as it was, and is named. What the area lead typed around the
 * table in the returned file is carried too: the pane reads a picked file with the package layer whichever host it
 * runs on (`readImportedWorkbook`), so the Office host imports it through the same core, with no more syncs.
 * (The file host: test/cli.)
 */
import { runPython } from "../support/python";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { consolidate } from "../../src/operations/consolidate";
import { generate } from "../../src/operations/generate";
import { importAreas } from "../../src/operations/importAreas";
import { FileHost } from "../../src/shells/xlsx/FileHost";
import { MemoryHost } from "../../src/shells/memory/MemoryHost";
import { buildSnapshot } from "../support/buildSnapshot";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";
import { officeHost } from "../shells/office/support";
import { readImportedWorkbook } from "../../src/shells/memory/readImportedWorkbook";
import { filledPlanWorkbook, validRow } from "../support/filledPlan";

jest.setTimeout(60_000);

const DJ = "3.1 Dirección Jurídica";
const TODAY = "2021-07-10";
const typed = (activity: string) => ({ [HEADERS.activity]: activity, [HEADERS.goal]: 4 });
/** DJ's file, as the area returns it: its two rows typed (`four`: two more, the table down to row 11). */
const djFile = (four = false) => ({
  file: "dj.xlsx",
  snapshot: buildSnapshot(sampleTemplate(), {
    DJ: [
      typed("Mapear"),
      typed("Asesorar"),
      ...(four ? [typed("Capacitar"), typed("Revisar")] : []),
    ],
  }),
});

describe("import over the Office host (the strict Excel fake)", () => {
  it("keeps a note typed above the table and a value in the title block's rows at their addresses", async () => {
    const { excel, host } = officeHost();
    await generate(host, { template: sampleTemplate() });
    // Typed as users do: AH3 (row 3, column 34) and C3 (row 3, column 3); the fake counts from 0.
    excel.sheet(DJ).cellForWrite(2, 33).v = "Nota fuera de la tabla";
    excel.sheet(DJ).cellForWrite(2, 2).v = "Vo. Bo. jefe";
    const result = await importAreas(host, { imports: [djFile()], today: TODAY });
    expect(result.written).toBe(true);
    const cells = excel.dump(DJ);
    expect([cells.AH3, cells.C3, cells.C8, cells.A3]).toEqual([
      "Nota fuera de la tabla",
      "Vo. Bo. jefe",
      "Mapear",
      "Macroproceso: Misional",
    ]);
    expect(
      result.findings.find((finding) => finding.code === "import.outsideCarried")?.params.cells
    ).toBe("C3, AH3");
  });

  it("consolidate --import keeps it too", async () => {
    const { excel, host } = officeHost();
    await generate(host, { template: sampleTemplate() });
    excel.sheet(DJ).cellForWrite(2, 33).v = "Nota fuera de la tabla";
    await consolidate(host, { imports: [djFile()], today: TODAY });
    expect([excel.dump(DJ).AH3, excel.dump(DJ).C8]).toEqual(["Nota fuera de la tabla", "Mapear"]);
  });

  it("leaves the tab as it was where the longer table would cover a typed cell, naming it", async () => {
    const { excel, host } = officeHost();
    await generate(host, { template: sampleTemplate() });
    excel.sheet(DJ).cellForWrite(9, 0).v = "Firmas"; // A10
    const before = excel.dump(DJ);
    const result = await importAreas(host, { imports: [djFile(true)], today: TODAY });
    expect(result.written).toBe(false);
    expect(
      result.findings
        .filter((finding) => finding.severity === "conflict")
        .map((finding) => [finding.code, finding.params.cells])
    ).toEqual([["import.outsideCollision", "A10"]]);
    expect(excel.dump(DJ)).toEqual(before);
  });
});

describe("import over the in-browser host", () => {
  const dir = testOutputDir("import-outside-memory");

  it("keeps a note, a formula and a merged range typed by openpyxl, read back by openpyxl", async () => {
    const generated = path.join(dir, "generated.xlsx");
    const typedPlan = path.join(dir, "typed.xlsx");
    await generate(new FileHost({ output: generated }), { template: sampleTemplate() });
    const python = (script: string, ...args: string[]): unknown =>
      JSON.parse(runPython(["-c", script, ...args]));
    python(
      `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[3]]
ws["AH3"] = "Nota fuera de la tabla"
ws["AH5"] = 12.5
ws["AI6"] = "=AH5*2"
ws["AH12"] = "Firmas"
ws.merge_cells("AH12:AI13")
wb.save(sys.argv[2])
print("null")
`,
      generated,
      typedPlan,
      DJ
    );
    const host = new MemoryHost();
    await host.importBytes(new Uint8Array(readFileSync(typedPlan)), "typed.xlsx");
    await importAreas(host, { imports: [djFile()], today: TODAY });
    const output = path.join(dir, "imported.xlsx");
    writeFileSync(output, host.exportBytes());
    expect(
      python(
        `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
print(json.dumps({
  "cells": {a: ws[a].value for a in ["AH3", "AH5", "AI6", "AH12", "C8"]},
  "merges": sorted(str(r) for r in ws.merged_cells.ranges),
}, ensure_ascii=False))
`,
        output,
        DJ
      )
    ).toEqual({
      cells: {
        AH3: "Nota fuera de la tabla",
        AH5: 12.5,
        AI6: "=AH5*2",
        AH12: "Firmas",
        C8: "Mapear",
      },
      merges: ["AH12:AI13"],
    });
  });
});

describe("notes typed around the table in the returned file, over the Office host", () => {
  const dir = testOutputDir("import-file-outside-office");

  it("lands them on the tab as the pane reads the file, in the same syncs as a file without them", async () => {
    const template = sampleTemplate();
    const plain = path.join(dir, "dj.xlsx");
    const noted = path.join(dir, "dj-notes.xlsx");
    const rows = [validRow("Asesorar", [1, 1]), validRow("Conciliar", [1, 1])];
    await (await filledPlanWorkbook(template, { DJ: rows })).xlsx.writeFile(plain);
    runPython([
      "-c",
      `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[3]]
ws["AF8"] = "Nota del área"
ws["B6"] = "Cifras a junio"
wb.save(sys.argv[2])
`,
      plain,
      noted,
      DJ,
    ]);
    const syncsOf = async (areaFile: string) => {
      const { excel, host } = officeHost();
      await generate(host, { template });
      const picked = await readImportedWorkbook(
        new Uint8Array(readFileSync(areaFile)),
        path.basename(areaFile)
      );
      const before = excel.syncs.length;
      const result = await importAreas(host, { imports: [picked], today: TODAY });
      return { excel, result, syncs: excel.syncs.length - before };
    };
    const withNotes = await syncsOf(noted);
    const without = await syncsOf(plain);
    expect(withNotes.result.written).toBe(true);
    const cells = withNotes.excel.dump(DJ);
    expect([cells.AF8, cells.B6, cells.C8]).toEqual([
      "Nota del área",
      "Cifras a junio",
      "Asesorar",
    ]);
    expect(without.excel.dump(DJ).AF8).toBeUndefined();
    expect(
      withNotes.result.findings.find((finding) => finding.code === "import.fileOutsideCarried")
        ?.params.tabCells
    ).toBe("B6, AF8");
    expect(withNotes.syncs).toBe(without.syncs);
  });
});
