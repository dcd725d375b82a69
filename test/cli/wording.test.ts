/**
 * The CLI as a Spanish-speaking planning office reads it (issue 11, "CLI wording"): Spanish command names, every
 * message in one language, plurals, numbers and dates the local way, references that paste back into Excel or a
 * shell, rows named by their ID, `--import` summarised per file, workbook-level issues with a place, and one line
 * (exit 2) from every command given a workbook that is not a plan. Expected texts are written out by hand.
 */
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { closestName } from "../../src/cli/closestName";
import { issueLine } from "../../src/cli/issueLines";
import { sheetReference, shellQuote } from "../../src/cli/quote";
import { CliContext } from "../../src/cli/CliContext";
import { formatMessage, fillPlaceholders } from "../../src/core/messages/formatMessage";
import { formatLongDate, formatNumber } from "../../src/core/messages/formatLocale";
import { cliMessages } from "../../src/cli/messages/cliMessages";
import { Issue } from "../../src/core/validation/Issue";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { DEFAULT_TEMPLATE } from "../../src/core/template/defaultTemplate";
import { filledPlanWorkbook, validRow } from "../support/filledPlan";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";
import { cli } from "../support/runCli";

const dir = testOutputDir("wording");
const file = (name: string): string => path.join(dir, name);

/** stdout and stderr in the order they were written, for "conflicts first". */
async function cliInOrder(...args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runCli(args, {
    out: (text) => lines.push(...text.split("\n")),
    err: (text) => lines.push(...text.split("\n")),
  });
  return { code, lines };
}

beforeAll(async () => {
  // DJ: one row with a date and a number typed as text; its second row left as generated.
  const typed = await filledPlanWorkbook(sampleTemplate(), {
    DJ: [
      validRow("Mapear el litigio", [1, null, null, null], {
        [HEADERS.startDate]: "15/03/2021",
        [HEADERS.goal]: "12,5",
      }),
    ],
  });
  await typed.xlsx.writeFile(file("typed.xlsx"));
  const one = await filledPlanWorkbook(sampleTemplate(), {
    DJ: [validRow("Una fila", [1, null, null, null])],
  });
  await one.xlsx.writeFile(file("one.xlsx"));
  const office = await filledPlanWorkbook(sampleTemplate(), {});
  await office.xlsx.writeFile(file("office.xlsx"));
  const notPlan = new ExcelJS.Workbook();
  notPlan.addWorksheet("Hoja1").getCell("A1").value = "Presupuesto";
  await notPlan.xlsx.writeFile(file("presupuesto.xlsx"));
  writeFileSync(file("template.json"), JSON.stringify(DEFAULT_TEMPLATE));
});

describe("1. Spanish command names", () => {
  it.each([
    ["validar", "validate"],
    ["semaforo", "semaphore"],
    ["semáforo", "semaphore"],
  ])("«%s» runs «%s» with the same output and exit code", async (alias, name) => {
    const spanish = await cli(alias, file("one.xlsx"));
    const english = await cli(name, file("one.xlsx"));
    expect(spanish.code).toBe(english.code);
    // The same output, except that a command it suggests is named in the vocabulary the user typed.
    expect(spanish.stdout.replace(/plan-matrix corregir/g, "plan-matrix fix")).toBe(english.stdout);
    expect(spanish.stdout.length).toBeGreaterThan(0);
  });

  it("suggests «plan-matrix corregir» after «validar» and «plan-matrix fix» after «validate»", async () => {
    expect((await cli("validar", file("one.xlsx"))).stdout).toContain("«plan-matrix corregir»");
    expect((await cli("validate", file("one.xlsx"))).stdout).toContain("«plan-matrix fix»");
  });

  it("runs generar, plantilla, corregir, consolidar, informe and actualizar", async () => {
    expect((await cli("generar", "--out", file("generado.xlsx"))).code).toBe(0);
    expect(existsSync(file("generado.xlsx"))).toBe(true);
    expect((await cli("plantilla")).code).toBe(0);
    expect((await cli("corregir", file("typed.xlsx"), "--out", file("corregido.xlsx"))).code).toBe(
      1 // the unfilled DJ-02 and SGR rows remain errors after the fixes
    );
    expect(
      (await cli("consolidar", file("one.xlsx"), "--out", file("consolidado.xlsx"))).code
    ).toBe(0);
    expect(
      (await cli("informe", file("one.xlsx"), "--semester", "1", "--out", file("informe.html")))
        .code
    ).toBe(0);
    // Same template version: refused in one line, which still proves the alias reached upgrade.
    const upgrade = await cli(
      "actualizar",
      file("generado.xlsx"),
      "--template",
      file("template.json"),
      "--out",
      file("actualizado.xlsx")
    );
    expect(upgrade.code).toBe(2);
    expect(upgrade.stderr).not.toMatch(/Comando desconocido/);
  });

  it("lists every Spanish and English name in --help, in both languages", async () => {
    const pairs = [
      ["plantilla", "template"],
      ["generar", "generate"],
      ["validar", "validate"],
      ["corregir", "fix"],
      ["semaforo", "semaphore"],
      ["consolidar", "consolidate"],
      ["informe", "report"],
      ["actualizar", "upgrade"],
    ];
    for (const language of ["es", "en"]) {
      const help = await cli("--help", "--lang", language);
      for (const [spanish, english] of pairs) {
        expect(help.stdout).toMatch(new RegExp(`\\b${spanish}\\b`));
        expect(help.stdout).toMatch(new RegExp(`\\b${english}\\b`));
      }
      expect(help.stdout).toContain("semáforo");
    }
    expect((await cli("validar", "--help")).stdout).toMatch(/^Uso: plan-matrix validar /);
    expect((await cli("validar", "--help", "--lang", "en")).stdout).toContain(
      "Spanish name: plan-matrix validar"
    );
  });

  it("suggests the closest command for a typo", async () => {
    const run = await cli("validr", "x.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "Comando desconocido «validr»; ¿quiso decir «validar»? Use «plan-matrix --help» para ver los comandos."
    );
  });
});

describe("2. every message in one language", () => {
  it("translates an unknown option and suggests the right one", async () => {
    const es = await cli("validate", file("one.xlsx"), "--cutof", "T2");
    expect(es.code).toBe(2);
    expect(es.stderr).toBe(
      "«validate» no tiene la opción --cutof; ¿quiso decir --cutoff? Use «plan-matrix validate --help» para ver sus opciones."
    );
    const en = await cli("validate", file("one.xlsx"), "--cutof", "T2", "--lang", "en");
    expect(en.stderr).toBe(
      "“validate” has no option --cutof; did you mean --cutoff? Run “plan-matrix validate --help” to list its options."
    );
  });

  it("names an unknown option with nothing close without suggesting one", async () => {
    const run = await cli("semaphore", file("one.xlsx"), "--zzzzzz");
    expect(run.stderr).toBe(
      "«semaphore» no tiene la opción --zzzzzz. Use «plan-matrix semaphore --help» para ver sus opciones."
    );
  });

  it("says an option lacks its value, or takes none, in the user's language", async () => {
    const missing = await cli("fix", file("one.xlsx"), "--out");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      "Falta el valor de la opción --out en «fix» (por ejemplo --out VALOR). Use «plan-matrix fix --help»."
    );
    const extra = await cli("fix", file("one.xlsx"), "--force=sí", "--lang", "en");
    expect(extra.stderr).toBe(
      "Option --force of “fix” takes no value; write it alone. Run “plan-matrix fix --help”."
    );
  });

  it.each(["validate", "fix", "semaphore", "consolidate", "report", "upgrade"])(
    "asks for the workbook of «%s» without an English placeholder",
    async (command) => {
      const es = await cli(command);
      expect(es.code).toBe(2);
      expect(es.stderr).toContain("Falta el archivo del libro (.xlsx)");
      expect(es.stderr).not.toMatch(/FILE|option/);
      const en = await cli(command, "--lang", "en");
      expect(en.stderr).toContain("The workbook file (.xlsx) is missing");
    }
  );

  it("never lets Node's English through in Spanish", async () => {
    for (const args of [
      ["validate", "--cutof"],
      ["report", "x.xlsx", "--semester"],
      ["consolidate", "x.xlsx", "--out", "--force"],
      ["generate", "-x"],
    ]) {
      const run = await cli(...args);
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(/Unknown|positional|argument|Option|ambiguous/);
      expect(run.stderr.split("\n")).toHaveLength(1);
    }
  });

  it("explains a file that is not an .xlsx without the zip library's English", async () => {
    writeFileSync(file("nota.xlsx"), "hola");
    const es = await cli("validate", file("nota.xlsx"));
    expect(es.code).toBe(2);
    expect(es.stderr).toBe(
      `«${file("nota.xlsx")}» es un archivo de texto (CSV o similar), no un libro de Excel. Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).`
    );
  });

  it("refuses an argument a command does not take, naming it, instead of ignoring it", async () => {
    const es = await cli("validate", file("one.xlsx"), "mi", "plan.xlsx");
    expect(es.code).toBe(2);
    expect(es.stdout).toBe("");
    expect(es.stderr).toBe(
      "«validate» recibió un argumento que no esperaba: «mi». Si es una ruta con espacios, póngala entre comillas. Use «plan-matrix validate --help»."
    );
    const en = await cli("generate", "plan.xlsx", "--lang", "en");
    expect(en.stderr).toBe(
      "“generate” got an argument it does not expect: “plan.xlsx”. If it is a path with spaces, put it in quotes. Run “plan-matrix generate --help”."
    );
  });

  it("reads a second file after --import as a repeated option forgotten, and says how to repeat it", async () => {
    const es = await cli(
      "consolidar",
      file("one.xlsx"),
      "--importar",
      "a.xlsx",
      "b.xlsx",
      "--salida",
      "c.xlsx"
    );
    expect([es.code, es.stdout, es.stderr]).toEqual([
      2,
      "",
      "«consolidar» recibió «b.xlsx» después del valor de --importar: para dar varios, repita --importar antes de cada uno (--importar a.xlsx --importar b.xlsx). Use «plan-matrix consolidar --ayuda».",
    ]);
    const en = await cli(
      "consolidate",
      file("one.xlsx"),
      "--import",
      "a.xlsx",
      "b.xlsx",
      "--lang",
      "en"
    );
    expect(en.stderr).toBe(
      "“consolidate” got “b.xlsx” after the value of --import: to give several, repeat --import before each (--import a.xlsx --import b.xlsx). Run “plan-matrix consolidate --help”."
    );
  });

  it("finds close names only", () => {
    expect(closestName("cutof", ["cutoff", "json", "lang", "help"])).toBe("cutoff");
    expect(closestName("jsno", ["cutoff", "json"])).toBe("json");
    expect(closestName("semester", ["out", "force"])).toBeNull();
  });
});

describe("3. plurals", () => {
  it("chooses one or other by the count", () => {
    const text = "{n, plural, one {1 área} other {# áreas}} de {total}";
    expect(fillPlaceholders(text, { n: 1, total: 3 })).toBe("1 área de 3");
    expect(fillPlaceholders(text, { n: 0, total: 3 })).toBe("0 áreas de 3");
    expect(fillPlaceholders(text, { n: 12, total: 3 })).toBe("12 áreas de 3");
    expect(fillPlaceholders(text, {})).toBe(text);
  });

  it("chooses by the number, in the language's plural rules, never by reading formatted text", () => {
    const text = "{n, plural, one {1 área} other {# áreas}}";
    // Spanish has a "many" category (a million); a message without it takes "other".
    expect(fillPlaceholders(text, { n: 1000000 }, "es")).toBe("1.000.000 áreas");
    expect(fillPlaceholders(text, { n: "1" }, "en")).toBe("1 área");
    // A count already formatted ("1.000") is not a count: the plural stays visible instead of a guess.
    expect(fillPlaceholders(text, { n: "1.000" }, "es")).toBe(text);
  });

  it("says 1 área / 1 fila in Spanish and 1 area / 1 row in English", async () => {
    const es = await cli("semaphore", file("one.xlsx"));
    // SPEC §5: areas never filled are named beside every average, and shown as such (not Sin programación).
    expect(es.stdout).toContain(
      "(1 de 3 áreas; sin diligenciar: 3.1.1 Sistema General de Regalías – SGR, 6.1 Control Interno)"
    );
    expect(es.stdout).toContain("(0 de 1 área; sin diligenciar: 6.1 Control Interno)");
    expect(es.stdout).toContain(
      "SGR Sistema General de Regalías – SGR: — [Sin diligenciar] — 0 de 1 fila con programación"
    );
    expect(es.stdout).not.toMatch(/\b1 (áreas|filas)\b/);
    const en = await cli("semaphore", file("one.xlsx"), "--lang", "en");
    expect(en.stdout).toContain("(0 of 1 area; never filled: 6.1 Control Interno)");
    expect(en.stdout).toContain("0 of 1 row with programming");
    const validation = await cli("validate", file("one.xlsx"));
    expect(validation.stdout).toContain(
      "SGR Sistema General de Regalías – SGR («3.1.1 Sistema General Regalías»): 1 fila (diligenciadas: 0; sin diligenciar: 1)"
    );
    expect(validation.stdout).toContain("«3.1 Dirección Jurídica»): 2 filas");
  });

  it("uses the same placeholders and plurals in both languages of the CLI catalogue", () => {
    const names = (text: string): string[] =>
      [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural)/g)].map((match) => match[1]))].sort();
    for (const key of Object.keys(cliMessages.es) as (keyof typeof cliMessages.es)[])
      expect([key, names(cliMessages.en[key])]).toEqual([key, names(cliMessages.es[key])]);
  });

  it("counts the matrix's rows and areas in words", () => {
    const line = (rows: number, areas: number): string =>
      formatMessage(cliMessages, "es", "cli.consolidated", {
        rows,
        areas,
        cutoff: "T2",
        path: "m.xlsx",
      });
    expect(line(1, 1)).toBe("Matriz consolidada: 1 fila de 1 área al corte T2 → m.xlsx");
    expect(line(116, 17)).toBe("Matriz consolidada: 116 filas de 17 áreas al corte T2 → m.xlsx");
  });
});

describe("4 and 5. numbers, dates, quoted references and paths in fix", () => {
  it("prints the fixed date as a date and the number with a decimal comma, at a quoted reference", async () => {
    const out = file("mi plan's corregido.xlsx");
    const es = await cli("fix", file("typed.xlsx"), "--out", out);
    expect(es.stdout.split("\n").slice(0, 2)).toEqual([
      "  '3.1 Dirección Jurídica'!K8 (DJ-01): «12,5» → 12,5",
      "  '3.1 Dirección Jurídica'!V8 (DJ-01): «15/03/2021» → 15 de marzo de 2021",
    ]);
    expect(es.stdout).not.toMatch(/44270|\d{4}-\d{2}-\d{2}/);
    const en = await cli("fix", file("typed.xlsx"), "--out", file("fixed-en.xlsx"), "--lang", "en");
    expect(en.stdout.split("\n").slice(0, 2)).toEqual([
      "  '3.1 Dirección Jurídica'!K8 (DJ-01): “12,5” → 12.5",
      "  '3.1 Dirección Jurídica'!V8 (DJ-01): “15/03/2021” → March 15, 2021",
    ]);
  });

  it("suggests a command whose path survives copy-paste into a shell", async () => {
    const out = file("otro plan's corregido.xlsx");
    const run = await cli("fix", file("typed.xlsx"), "--out", out);
    const suggested = /«plan-matrix validate (.+)»\)\.$/.exec(run.stdout)?.[1];
    expect(suggested).toBe(`'${out.replace(/'/g, "'\\''")}'`);
    // The shell reads the suggestion back as exactly one argument, the path.
    const echoed = execFileSync("sh", ["-c", `printf '%s|' ${suggested}`], { encoding: "utf8" });
    expect(echoed).toBe(`${out}|`);
  });

  it("quotes sheet names as Excel does and paths as the shell does", () => {
    expect(sheetReference("3.1 Dirección Jurídica", "W9")).toBe("'3.1 Dirección Jurídica'!W9");
    expect(sheetReference("Resumen", "B2")).toBe("Resumen!B2");
    expect(sheetReference("Plan '21", "A1")).toBe("'Plan ''21'!A1");
    expect(sheetReference("AB12", "A1")).toBe("'AB12'!A1");
    expect(shellQuote("/tmp/plan.xlsx")).toBe("/tmp/plan.xlsx");
    expect(shellQuote("/tmp/mi plan.xlsx")).toBe("'/tmp/mi plan.xlsx'");
    expect(shellQuote("it's.xlsx")).toBe("'it'\\''s.xlsx'");
  });

  it("writes dates in words and numbers the local way", () => {
    expect(formatLongDate(2026, 11, 29, "es")).toBe("29 de noviembre de 2026");
    expect(formatLongDate(2026, 11, 29, "en")).toBe("November 29, 2026");
    expect(formatNumber(12.5, "es")).toBe("12,5");
    expect(formatNumber(12.5, "en")).toBe("12.5");
  });
});

describe("6. the row ID beside the row number", () => {
  it("names each cell's row by its ID and the first unfilled row by number and ID", async () => {
    const es = await cli("validate", file("typed.xlsx"));
    expect(es.stdout).toContain(
      "  ✗ K8 (DJ-01) Meta: «Meta» en K8 tiene «12,5» escrito como texto"
    );
    expect(es.stdout).toContain("la primera es la fila 9 (DJ-02).");
    const en = await cli("validate", file("typed.xlsx"), "--lang", "en");
    expect(en.stdout).toContain("the first is row 9 (DJ-02).");
  });
});

describe("7. --import summarised per file, conflicts refused", () => {
  it("refuses two files for one area in one line each, and writes nothing", async () => {
    const office = await cliInOrder(
      "consolidate",
      file("office.xlsx"),
      "--import",
      file("one.xlsx"),
      "--import",
      file("typed.xlsx"),
      "--out",
      file("imported.xlsx")
    );
    expect(office.code).toBe(2);
    expect(office.lines).toEqual([
      `⚠ El área DJ llega en dos archivos (${file("one.xlsx")}, ${file("typed.xlsx")}): no se mezclan ni se importó ninguno. Deje solo el archivo correcto e importe de nuevo.`,
      `No se importó nada ni se escribió «${file("imported.xlsx")}»: resuelva el conflicto y vuelva a ejecutar.`,
    ]);
  });

  it("says which areas a file gave, with their rows, in both languages", async () => {
    const es = await cliInOrder(
      "consolidate",
      file("office.xlsx"),
      "--import",
      file("one.xlsx"),
      "--out",
      file("imported-one.xlsx")
    );
    expect(es.lines.slice(1)).toEqual([
      `· «${file("one.xlsx")}»: se importó el área DJ (1 fila); 2 áreas sin diligenciar se ignoraron (SGR, CI).`,
    ]);
    const en = await cliInOrder(
      "consolidate",
      file("office.xlsx"),
      "--import",
      file("one.xlsx"),
      "--out",
      file("imported-one-en.xlsx"),
      "--lang",
      "en"
    );
    expect(en.lines.slice(1)).toEqual([
      `· “${file("one.xlsx")}”: area DJ (1 row) was imported; 2 areas not filled in were ignored (SGR, CI).`,
    ]);
  });
});

describe("8. workbook-level issues have a place", () => {
  const context = (language: "es" | "en"): CliContext => ({
    language,
    out: () => undefined,
    err: () => undefined,
  });
  const issue = (sheet: string | null): Issue => ({
    severity: "error",
    code: "structure.noConfiguration",
    sheet,
    area: null,
    row: null,
    column: null,
    cell: null,
    value: null,
    params: {},
  });

  it("prints a missing Configuración sheet at its sheet, in validate's own output", async () => {
    const workbook = await filledPlanWorkbook(sampleTemplate(), {
      DJ: [validRow("Una fila", [1, null, null, null])],
    });
    workbook.removeWorksheet(workbook.getWorksheet("Configuración")!.id);
    await workbook.xlsx.writeFile(file("sin-configuracion.xlsx"));
    const es = await cli("validate", file("sin-configuracion.xlsx"));
    expect(es.code).toBe(1);
    expect(es.stdout).toContain("\n  ✗ Hoja «Configuración»: Falta la hoja «Configuración»");
    expect(es.stdout).not.toMatch(/[✗!] *:/);
    const en = await cli("validate", file("sin-configuracion.xlsx"), "--lang", "en");
    expect(en.stdout).toContain("\n  ✗ Sheet “Configuración”: ");
    // The semáforo has no cut-off to compute at: it says the sheet is missing, not that a cell of it is blank.
    const semaforo = await cli("semaforo", file("sin-configuracion.xlsx"));
    expect([semaforo.code, semaforo.stderr]).toEqual([
      2,
      `«${file("sin-configuracion.xlsx")}» no tiene la hoja «Configuración» (o su celda Corte), que dice a qué corte se calculan las cifras. Restáurela desde una copia del libro original, o indique --corte (uno de: T1, T2, T3, T4). Para ver qué más falta: plan-matrix validar ${file("sin-configuracion.xlsx")}`,
    ]);
  });

  it("writes a cell outside its area's heading with its quoted sheet", () => {
    const stray: Issue = { ...issue("Copia DJ"), cell: "B3", column: "Meta" };
    expect(issueLine(stray, context("es"), true)).toMatch(/^ {2}✗ 'Copia DJ'!B3 Meta: /);
  });

  it("prints the workbook or the sheet, never an empty location", () => {
    expect(issueLine(issue(null), context("es"))).toMatch(/^ {2}✗ Libro: Falta la hoja/);
    expect(issueLine(issue(null), context("en"))).toMatch(/^ {2}✗ Workbook: /);
    expect(issueLine(issue("Configuración"), context("es"))).toMatch(
      /^ {2}✗ Hoja «Configuración»: /
    );
    expect(issueLine(issue("Configuración"), context("en"))).toMatch(
      /^ {2}✗ Sheet “Configuración”: /
    );
  });
});

describe("9. a workbook that is not a plan", () => {
  const commands: [string, string[]][] = [
    ["validate", []],
    ["validate", ["--json"]],
    ["fix", ["--out", file("never-fix.xlsx")]],
    ["semaphore", []],
    ["semaphore", ["--json"]],
    ["consolidate", ["--out", file("never-consolidate.xlsx")]],
    ["report", ["--semester", "1", "--out", file("never-report.html")]],
    ["upgrade", ["--template", file("template.json"), "--out", file("never-upgrade.xlsx")]],
  ];

  it.each(commands)("%s %j: exit 2 and one line", async (command, extra) => {
    const es = await cli(command, file("presupuesto.xlsx"), ...extra);
    expect(es.code).toBe(2);
    expect(es.stdout).toBe("");
    expect(es.stderr).toBe(
      `«${file("presupuesto.xlsx")}» es un libro de Excel, pero no es un Plan de Acción de esta herramienta (le falta la hoja oculta «Plantilla» con la que se creó el plan). Abra el plan del año (el libro con las pestañas de las áreas, «Configuración» y «Resumen»), o cree uno nuevo con «plan-matrix generate --out plan.xlsx».`
    );
    const en = await cli(command, file("presupuesto.xlsx"), ...extra, "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.stderr.split("\n")).toHaveLength(1);
    expect(en.stderr).toContain("is an Excel workbook, but not an Action Plan made with this tool");
    for (const never of ["fix", "consolidate", "report", "upgrade"])
      expect(existsSync(file(`never-${never}.${never === "report" ? "html" : "xlsx"}`))).toBe(
        false
      );
  });
});
