/**
 * Files that are not an .xlsx workbook, given to every command that reads one: one line in the user's language
 * that says what the file is and what to do, exit 2, nothing written (test/fixtures/producers/bad, see its README).
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_TEMPLATE } from "../../src/core/template/defaultTemplate";
import { testOutputDir } from "../support/tempDir";
import { cli, cliProcess } from "../support/runCli";

const BAD = path.resolve(__dirname, "..", "fixtures", "producers", "bad");
const dir = testOutputDir("bad-files");
const bad = (name: string): string => path.join(BAD, name);
const template = path.join(testOutputDir("bad-files-template"), "template-v2.json");
writeFileSync(template, JSON.stringify({ ...DEFAULT_TEMPLATE, templateVersion: 2 }));

const cases: { file: string; es: string; en: string }[] = [
  {
    file: "empty.xlsx",
    es: "«{path}» está vacío (0 bytes): no es un libro de Excel. Cópielo de nuevo desde el original o pida que se lo reenvíen.",
    en: "“{path}” is empty (0 bytes): it is not an Excel workbook. Copy it again from the original or ask for it to be sent again.",
  },
  {
    file: "old.xls",
    es: "«{path}» es un libro de Excel antiguo (.xls, Excel 97-2003). Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
    en: "“{path}” is an old Excel workbook (.xls, Excel 97-2003). Open it in Excel and save it as Excel Workbook (.xlsx).",
  },
  {
    file: "old-renamed.xlsx",
    es: "«{path}» es un libro de Excel antiguo (.xls, Excel 97-2003). Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
    en: "“{path}” is an old Excel workbook (.xls, Excel 97-2003). Open it in Excel and save it as Excel Workbook (.xlsx).",
  },
  {
    file: "encrypted.xlsx",
    es: "«{path}» está protegido con contraseña para abrir. Ábralo en Excel con la contraseña, quítela (Archivo › Información › Proteger libro › Cifrar con contraseña) y guárdelo como Libro de Excel (.xlsx).",
    en: "“{path}” is protected with a password to open. Open it in Excel with the password, remove it (File › Info › Protect Workbook › Encrypt with Password) and save it as Excel Workbook (.xlsx).",
  },
  {
    file: "word.doc",
    es: "«{path}» es un archivo de Office antiguo (formato binario OLE2), no un libro .xlsx. Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
    en: "“{path}” is an old Office file (OLE2 binary format), not an .xlsx workbook. Open it in Excel and save it as Excel Workbook (.xlsx).",
  },
  {
    file: "data-renamed.xlsx",
    es: "«{path}» es un archivo de texto (CSV o similar), no un libro de Excel. Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
    en: "“{path}” is a text file (CSV or similar), not an Excel workbook. Open it in Excel and save it as Excel Workbook (.xlsx).",
  },
  {
    file: "export.xls",
    es: "«{path}» es una página HTML con nombre de archivo de Excel (así exportan algunos sistemas). Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
    en: "“{path}” is an HTML page with an Excel file name (some systems export this way). Open it in Excel and save it as Excel Workbook (.xlsx).",
  },
  {
    file: "plan-ods-renamed.xlsx",
    es: "«{path}» es una hoja de cálculo OpenDocument (.ods). Ábrala en Excel o LibreOffice y guárdela como Libro de Excel (.xlsx).",
    en: "“{path}” is an OpenDocument spreadsheet (.ods). Open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx).",
  },
  {
    file: "letter-renamed.xlsx",
    es: "«{path}» es un documento .docx, no un libro de Excel. Use el libro del plan (.xlsx).",
    en: "“{path}” is a .docx document, not an Excel workbook. Use the plan workbook (.xlsx).",
  },
  {
    file: "truncated.xlsx",
    es: "«{path}» está incompleto: el archivo se cortó al copiarlo o descargarlo. Cópielo o descárguelo de nuevo desde el original.",
    en: "“{path}” is incomplete: the file was cut short while it was copied or downloaded. Copy or download it again from the original.",
  },
];

const out = (name: string): string => path.join(dir, name);
const COMMANDS: ((file: string) => string[])[] = [
  (file) => ["validate", file],
  (file) => ["semaphore", file, "--json"],
  (file) => ["fix", file, "--out", out("fix.xlsx")],
  (file) => ["consolidate", file, "--out", out("consolidate.xlsx")],
  (file) => ["report", file, "--semester", "1", "--out", out("report.xlsx")],
  (file) => ["upgrade", file, "--template", template, "--out", out("upgrade.xlsx")],
];

describe("a file that is not an .xlsx workbook", () => {
  it.each(cases)(
    "$file: every command says what it is in one line, exit 2",
    async ({ file, es }) => {
      const input = bad(file);
      for (const args of COMMANDS) {
        const run = await cli(...args(input));
        expect([args(input)[0], run.code, run.stderr]).toEqual([
          args(input)[0],
          2,
          es.replace("{path}", input),
        ]);
        expect(run.stdout).toBe("");
      }
      expect(readdirSync(dir)).toEqual([]);
    }
  );

  it.each(cases)("$file: in English with --lang en", ({ file, en }) => {
    const input = bad(file);
    expect(cliProcess(["validate", input, "--lang", "en"])).toEqual({
      code: 2,
      stdout: "",
      stderr: `${en.replace("{path}", input)}\n`,
    });
  });

  it("as an area workbook to import, names the import", async () => {
    const plan = path.resolve(
      __dirname,
      "..",
      "fixtures",
      "producers",
      "plans",
      "plan-matrix.xlsx"
    );
    const run = await cli(
      "consolidate",
      plan,
      "--import",
      bad("old.xls"),
      "--out",
      out("with-import.xlsx")
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `«${bad("old.xls")}» es un libro de Excel antiguo (.xls, Excel 97-2003). Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).`
    );
    expect(existsSync(out("with-import.xlsx"))).toBe(false);
  });
});
