/**
 * A text longer than an Excel cell holds (32,767 characters; probe3 §7), written into an area cell as hand-written
 * XML (as a script or another program writes it; Excel stops typing at the limit and openpyxl cuts at it):
 * `validate` reports the cell as an error; `consolidate` copies it into `Matriz` cut, with a visible mark, and says
 * so; `upgrade` and `import`, which rebuild the tab, write nothing and name the cell — in the table, or among the
 * cells they carry around it (a note on the tab, a note around the returned file's table, a typed value `Registro`
 * would record as replaced). Outputs read back by openpyxl.
 */
import { runPython } from "../support/python";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MATRIX } from "../../src/core/consolidation/matrixLayout";
import { editPart, partsOf, sheetPartOfTable } from "../fixtures/hostile/zipSurgery";
import { hostileBase } from "../fixtures/hostile/buildHostileCorpus";
import { cli } from "../support/runCli";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";

const dir = testOutputDir("overlong-text");
const outDir = path.join(dir, "out");
const file = (name: string): string => path.join(dir, name);
/** 40,000 characters: "00000 00001 … " (6 a number), so where a cut falls shows. */
const LONG = Array.from({ length: 6667 }, (_, i) => `${String(i).padStart(5, "0")} `)
  .join("")
  .slice(0, 40_000);
const TAB = "3.1 Dirección Jurídica";

/** DJ's first row's Observaciones (Z8) rewritten as an inline string holding `text`. */
function withObservation(base: Uint8Array, text: string): Uint8Array {
  const part = sheetPartOfTable(partsOf(base), "T_DJ");
  return editPart(base, part, (xml) => {
    const edited = xml.replace(
      /<c r="Z8"([^>]*?)(?: t="\w+")?(?:\/>|>.*?<\/c>)/,
      `<c r="Z8"$1 t="inlineStr"><is><t>${text}</t></is></c>`
    );
    if (edited === xml) throw new Error("no Z8 cell in the DJ sheet");
    return edited;
  });
}

/** A note typed on DJ's tab at AH3 (beside the title block, outside the table), an inline string holding `text`. */
function withNote(base: Uint8Array, text: string): Uint8Array {
  const part = sheetPartOfTable(partsOf(base), "T_DJ");
  return editPart(base, part, (xml) => {
    const edited = xml.replace(
      /(<row r="3"[^>]*?)(?: spans="[^"]*")?([^>]*>.*?)<\/row>/,
      `$1$2<c r="AH3" t="inlineStr"><is><t>${text}</t></is></c></row>`
    );
    if (edited === xml) throw new Error("no row 3 in the DJ sheet");
    return edited;
  });
}

/** One cell's text as openpyxl reads it back. */
function openpyxlText(workbook: string, sheet: string, cell: string): string {
  const script = [
    "import sys, warnings, openpyxl",
    "warnings.filterwarnings('ignore')",
    "ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]",
    "sys.stdout.write(ws[sys.argv[3]].value or '')",
  ].join("\n");
  return runPython(["-c", script, workbook, sheet, cell], {
    maxBuffer: 16 * 1024 * 1024,
  });
}

beforeAll(async () => {
  const base = (await hostileBase()).bytes;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(file("plan.xlsx"), base);
  writeFileSync(file("long.xlsx"), withObservation(base, LONG));
  writeFileSync(file("limit.xlsx"), withObservation(base, LONG.slice(0, 32_767)));
  writeFileSync(file("note.xlsx"), withNote(base, LONG));
  writeFileSync(file("note-limit.xlsx"), withNote(base, LONG.slice(0, 32_767)));
  writeFileSync(file("both.xlsx"), withNote(withObservation(base, LONG), LONG.slice(0, 33_000)));
  writeFileSync(file("template-v2.json"), JSON.stringify(sampleTemplate({ templateVersion: 2 })));
}, 60_000);

describe("a text longer than an Excel cell holds", () => {
  it("validate reports it as an error naming the cell; a text of exactly 32,767 characters passes", async () => {
    const run = await cli("validate", file("long.xlsx"), "--json");
    const issues = (JSON.parse(run.stdout) as { issues: Record<string, unknown>[] }).issues;
    expect(issues.filter((issue) => issue.code === "cell.textTooLong")).toEqual([
      {
        severity: "error",
        code: "cell.textTooLong",
        sheet: TAB,
        area: "DJ",
        row: 8,
        column: "Observaciones",
        cell: "Z8",
        value: `${LONG.slice(0, 40)}…`,
        message:
          "«Observaciones» en Z8 tiene un texto de 40.000 caracteres, más de los 32.767 que caben en una celda de Excel (lo escribió otro programa): Excel no abre el libro así, sino que ofrece repararlo y corta el texto. Acórtelo a 32.767 caracteres como máximo; si necesita el texto entero, guárdelo en un documento aparte y deje en la celda un resumen o el enlace a ese documento.",
      },
    ]);
    expect(run.code).toBe(1);
    const limit = await cli("validate", file("limit.xlsx"), "--json");
    expect(
      (JSON.parse(limit.stdout) as { issues: { code: string }[] }).issues.map((issue) => issue.code)
    ).not.toContain("cell.textTooLong");
  });

  it("consolidate copies it into Matriz cut to 32,767 characters, ending in a visible mark, and says so", async () => {
    const out = path.join(outDir, "consolidated.xlsx");
    const run = await cli("consolidate", file("long.xlsx"), "--out", out);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")).toContain(
      `· «Observaciones» en '${TAB}'!Z8 tiene un texto de 40.000 caracteres, más de los 32.767 que caben en una celda de Excel: en «Matriz» quedó recortado, terminado en «[texto recortado…]». La hoja del área lo conserva entero, y Excel no abrirá el libro sin repararlo mientras sea así: acorte ese texto en la hoja del área y consolide de nuevo.`
    );
    // Matriz: Macroproceso, Área, then the area columns (A ID … Z Observaciones → AB); DJ's first row is row 5.
    const text = openpyxlText(out, "Matriz", "AB5");
    expect(text.length).toBe(32_767);
    expect(text).toBe(LONG.slice(0, 32_767 - MATRIX.textCut.length) + MATRIX.textCut);
    expect(MATRIX.textCut).toBe(
      " … [texto recortado: una celda de Excel admite 32.767 caracteres; el texto completo sigue en la hoja del área]"
    );
  });

  it("upgrade writes nothing and names the cell to shorten", async () => {
    const out = path.join(outDir, "upgraded.xlsx");
    const run = await cli(
      "upgrade",
      file("long.xlsx"),
      "--template",
      file("template-v2.json"),
      "--out",
      out
    );
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: `No se escribió nada: la celda '${TAB}'!Z8 tiene un texto de 40.000 caracteres, más de los 32.767 que caben en una celda de Excel, y la pestaña que se rehace no puede llevarlo sin cortarlo. Acorte ese texto (si necesita el texto entero, guárdelo en un documento aparte y deje en la celda un resumen o el enlace) y vuelva a intentarlo.`,
    });
    expect(readdirSync(outDir)).not.toContain("upgraded.xlsx");
  });

  it("import of an area file holding it writes nothing and names the file and the cell", async () => {
    const out = path.join(outDir, "imported.xlsx");
    const run = await cli("import", file("plan.xlsx"), file("long.xlsx"), "--out", out);
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: `No se importó nada: en «${file("long.xlsx")}», la celda '${TAB}'!Z8 tiene un texto de 40.000 caracteres, más de los 32.767 que caben en una celda de Excel, y la pestaña del área que se rehace no puede llevarlo sin cortarlo. Pida al área que acorte ese texto en su archivo (si necesita el texto entero, que lo guarde en un documento aparte y deje en la celda un resumen o el enlace) e impórtelo de nuevo.`,
    });
    expect(readdirSync(outDir)).not.toContain("imported.xlsx");
  });

  it("in English, upgrade says the same", async () => {
    const run = await cli(
      "upgrade",
      file("long.xlsx"),
      "--template",
      file("template-v2.json"),
      "--out",
      path.join(outDir, "upgraded-en.xlsx"),
      "--lang",
      "en"
    );
    expect(run.stderr).toBe(
      `Nothing was written: cell '${TAB}'!Z8 holds a text of 40,000 characters, more than the 32,767 an Excel cell holds, and the rebuilt tab cannot carry it without cutting it. Shorten that text (if you need the whole text, keep it in a separate document and leave a summary or the link in the cell) and try again.`
    );
  });

  describe("in a cell carried around the table", () => {
    it("upgrade writes nothing when a note on the tab holds it, and names the note", async () => {
      const out = path.join(outDir, "upgraded-note.xlsx");
      const run = await cli(
        "upgrade",
        file("note.xlsx"),
        "--template",
        file("template-v2.json"),
        "--out",
        out
      );
      expect(run).toEqual({
        code: 2,
        stdout: "",
        stderr: `No se escribió nada: la celda '${TAB}'!AH3 tiene un texto de 40.000 caracteres, más de los 32.767 que caben en una celda de Excel, y la pestaña que se rehace no puede llevarlo sin cortarlo. Acorte ese texto (si necesita el texto entero, guárdelo en un documento aparte y deje en la celda un resumen o el enlace) y vuelva a intentarlo.`,
      });
      expect(readdirSync(outDir)).not.toContain("upgraded-note.xlsx");
    });

    it("upgrade carries a note of exactly 32,767 characters whole (openpyxl reads it back)", async () => {
      const out = path.join(outDir, "upgraded-note-limit.xlsx");
      const run = await cli(
        "upgrade",
        file("note-limit.xlsx"),
        "--template",
        file("template-v2.json"),
        "--out",
        out
      );
      expect(run.code).toBe(0);
      expect(openpyxlText(out, TAB, "AH3")).toBe(LONG.slice(0, 32_767));
    });

    it("import writes nothing when the returned file has such a note beside its table, naming the file and the cell", async () => {
      const out = path.join(outDir, "imported-file-note.xlsx");
      const run = await cli("import", file("plan.xlsx"), file("note.xlsx"), "--out", out);
      expect(run).toEqual({
        code: 2,
        stdout: "",
        stderr: `No se importó nada: en «${file("note.xlsx")}», la celda '${TAB}'!AH3 tiene un texto de 40.000 caracteres, más de los 32.767 que caben en una celda de Excel, y la pestaña del área que se rehace no puede llevarlo sin cortarlo. Pida al área que acorte ese texto en su archivo (si necesita el texto entero, que lo guarde en un documento aparte y deje en la celda un resumen o el enlace) e impórtelo de nuevo.`,
      });
      expect(readdirSync(outDir)).not.toContain("imported-file-note.xlsx");
    });

    it("import writes nothing when the tab it rebuilds has such a note, naming the tab's cell", async () => {
      const out = path.join(outDir, "imported-tab-note.xlsx");
      const run = await cli("import", file("note.xlsx"), file("plan.xlsx"), "--out", out);
      expect(run).toEqual({
        code: 2,
        stdout: "",
        stderr: `No se escribió nada: la celda '${TAB}'!AH3 tiene un texto de 40.000 caracteres, más de los 32.767 que caben en una celda de Excel, y la pestaña que se rehace no puede llevarlo sin cortarlo. Acorte ese texto (si necesita el texto entero, guárdelo en un documento aparte y deje en la celda un resumen o el enlace) y vuelva a intentarlo.`,
      });
      expect(readdirSync(outDir)).not.toContain("imported-tab-note.xlsx");
    });

    it("import --replace writes nothing when the value it replaces holds it (Registro would record it whole)", async () => {
      const out = path.join(outDir, "imported-replaced.xlsx");
      const run = await cli(
        "import",
        file("long.xlsx"),
        file("plan.xlsx"),
        "--replace",
        "DJ",
        "--out",
        out
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `No se escribió nada: la celda '${TAB}'!Z8 tiene un texto de 40.000 caracteres, más de los 32.767 que caben en una celda de Excel, y la pestaña que se rehace no puede llevarlo sin cortarlo. Acorte ese texto (si necesita el texto entero, guárdelo en un documento aparte y deje en la celda un resumen o el enlace) y vuelva a intentarlo.`
      );
      expect(readdirSync(outDir)).not.toContain("imported-replaced.xlsx");
    });

    it("names every such cell, the table's and the note's, in English too", async () => {
      const run = await cli(
        "import",
        file("plan.xlsx"),
        file("both.xlsx"),
        "--out",
        path.join(outDir, "imported-both.xlsx"),
        "--lang",
        "en"
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `Nothing was imported: in “${file("both.xlsx")}”, cell '${TAB}'!Z8 holds a text of 40,000 characters, more than the 32,767 an Excel cell holds (2 cells do: '${TAB}'!Z8, '${TAB}'!AH3), and the area's rebuilt tab cannot carry it without cutting it. Ask the area to shorten those texts in its file (if it needs the whole text, to keep it in a separate document and leave a summary or the link in the cell) and import it again.`
      );
    });
  });
});
