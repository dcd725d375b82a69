/**
 * Two tabs whose names differ only by case (probe3 §3): Excel takes sheet names case-insensitively (it repairs such
 * a file; LibreOffice renames one on open), so every command refuses the workbook in one line naming both tabs and
 * saying what to do — exit 2, nothing written — as the plan and as an area file to import. The package writer
 * refuses such a package, and a table name it would write twice, as that damage (a `PackageError` the hosts word),
 * never a bare internal error.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { layoutWorkbook } from "../../src/core/workbook/layoutWorkbook";
import { writePatchedBytes } from "../../src/shells/xlsx/package/packageBytes";
import { PackageError } from "../../src/shells/xlsx/package/PackageError";
import { hostileBase, hostileCaseBytes } from "../fixtures/hostile/buildHostileCorpus";
import { sampleTemplate } from "../support/sampleTemplate";
import { cli } from "../support/runCli";
import { testOutputDir } from "../support/tempDir";

const dir = testOutputDir("sheet-name-clash");
const outDir = path.join(dir, "out");
const file = (name: string): string => path.join(dir, name);
let base: Uint8Array;

beforeAll(async () => {
  base = (await hostileBase()).bytes;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(file("plan.xlsx"), base);
  writeFileSync(file("clash.xlsx"), hostileCaseBytes("sheet-names-differ-by-case", base));
  writeFileSync(file("template-v2.json"), JSON.stringify(sampleTemplate({ templateVersion: 2 })));
}, 60_000);

/** The DJ tab's name in the hostile base, and the SGR tab renamed to it in capitals. */
const DJ = "3.1 Dirección Jurídica";
const es = (input: string): string =>
  `«${input}» tiene dos hojas llamadas «${DJ}» y «${DJ.toUpperCase()}»: Excel no distingue mayúsculas de minúsculas en los nombres de hoja, así que para Excel se llaman igual, y no se leyó el libro. Ábralo en LibreOffice (que cambia el nombre de una de las dos) o en Excel (que ofrece repararlo), ponga a cada hoja un nombre propio, guárdelo como Libro de Excel (.xlsx) y vuelva a intentarlo.`;

describe("a workbook with two sheet names that differ only by case", () => {
  it("every command refuses it in one line naming both tabs, exit 2, nothing written", async () => {
    const input = file("clash.xlsx");
    const out = (name: string): string => path.join(outDir, name);
    const commands: string[][] = [
      ["validate", input],
      ["semaphore", input, "--json"],
      ["fix", input, "--out", out("fix.xlsx")],
      ["consolidate", input, "--out", out("consolidate.xlsx")],
      ["report", input, "--semester", "1", "--out", out("report.xlsx")],
      ["report", input, "--semester", "1", "--out", out("report.docx")],
      ["upgrade", input, "--template", file("template-v2.json"), "--out", out("upgrade.xlsx")],
      ["import", input, file("plan.xlsx"), "--out", out("import-into.xlsx")],
    ];
    const runs = [];
    for (const args of commands) runs.push([args[0], await cli(...args)]);
    expect(runs).toEqual(
      commands.map((args) => [args[0], { code: 2, stdout: "", stderr: es(input) }])
    );
    expect(readdirSync(outDir)).toEqual([]);
  });

  it("as an area file to import, the import names it the same way", async () => {
    const run = await cli(
      "import",
      file("plan.xlsx"),
      file("clash.xlsx"),
      "--out",
      path.join(outDir, "import-from.xlsx")
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(es(file("clash.xlsx")));
    expect(readdirSync(outDir)).toEqual([]);
  });

  it("in English with --lang en", async () => {
    const input = file("clash.xlsx");
    expect(await cli("validate", input, "--lang", "en")).toEqual({
      code: 2,
      stdout: "",
      stderr: `“${input}” has two sheets named “${DJ}” and “${DJ.toUpperCase()}”: Excel ignores upper and lower case in sheet names, so to Excel they have the same name, and the workbook was not read. Open it in LibreOffice (which renames one of them) or in Excel (which offers to repair it), give each sheet a name of its own, save it as Excel Workbook (.xlsx) and try again.`,
    });
  });
});

describe("the package writer and names Excel takes as one", () => {
  const patchOf = layoutWorkbook(sampleTemplate());
  const djTab = patchOf.sheets.find((sheet) => sheet.name === DJ);

  it("refuses a package holding two sheet names that differ by case, as that damage", async () => {
    const error = await writePatchedBytes(hostileCaseBytes("sheet-names-differ-by-case", base), {
      sheets: [],
      definedNames: [],
      edits: [],
    }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PackageError);
    expect(error).toMatchObject({
      fault: "package.duplicateSheet",
      params: { first: DJ, second: DJ.toUpperCase() },
    });
  });

  it("refuses to add a table whose name a kept table has (case ignored), as that damage", async () => {
    expect(djTab?.tables.map((table) => table.name)).toEqual(["T_DJ"]);
    const renamed = {
      ...djTab!,
      name: "Otra hoja",
      tables: [{ ...djTab!.tables[0], name: "t_dj" }],
    };
    const error = await writePatchedBytes(base, {
      sheets: [renamed],
      definedNames: [],
      edits: [],
    }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PackageError);
    expect(error).toMatchObject({ fault: "package.duplicateTable", params: { table: "t_dj" } });
  });
});
