/** Bad input to `template` and `generate`: one line saying what is wrong, exit 2, nothing written. */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_TEMPLATE } from "../../src/core/template/defaultTemplate";
import { testOutputDir } from "../support/tempDir";
import { cli, cliProcess } from "../support/runCli";

const dir = testOutputDir("bad-input");
const write = (name: string, content: string | Buffer): string => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests write deliberately malformed documents
const templateWith = (mutate: (template: Record<string, any>) => void): string => {
  const copy = JSON.parse(JSON.stringify(DEFAULT_TEMPLATE));
  mutate(copy);
  return JSON.stringify(copy);
};
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b50000000049454e44ae426082",
  "hex"
);

const cases: { name: string; args: () => string[]; says: RegExp }[] = [
  { name: "an empty text", args: () => ["--from-text", write("empty.txt", "")], says: /vac[ií]o/i },
  {
    name: "a text of blank lines",
    args: () => ["--from-text", write("blank.txt", "  \n\n \t\n")],
    says: /vac[ií]o/i,
  },
  {
    name: "a text with no headings",
    args: () => [
      "--from-text",
      write("prose.txt", "Este documento no tiene secciones.\nSolo prosa sin numerar.\n"),
    ],
    says: /secci|encabezad/i,
  },
  {
    name: "a binary file",
    args: () => ["--from-text", write("logo.png", PNG)],
    says: /binari|texto/i,
  },
  {
    name: "a missing text file",
    args: () => ["--from-text", path.join(dir, "nope.txt")],
    says: /No existe el archivo/,
  },
  {
    name: "a text file that is a folder",
    args: () => {
      mkdirSync(path.join(dir, "folder.txt"), { recursive: true });
      return ["--from-text", path.join(dir, "folder.txt")];
    },
    says: /carpeta/,
  },
  {
    name: "a template that is not JSON",
    args: () => ["--template", write("broken.json", '{ "schemaVersion": 1,')],
    says: /JSON/,
  },
  {
    name: "a template with a missing field",
    args: () => [
      "--template",
      write(
        "missing.json",
        templateWith((t) => delete t.templateId)
      ),
    ],
    says: /«templateId»/,
  },
  {
    name: "a template with a wrong type",
    args: () => [
      "--template",
      write(
        "type.json",
        templateWith((t) => (t.year = "2021"))
      ),
    ],
    says: /«year».*número/,
  },
  {
    name: "an area code that cannot name a table",
    args: () => [
      "--template",
      write(
        "code.json",
        templateWith((t) => (t.macroprocesses[0].areas[0].code = "D J"))
      ),
    ],
    says: /«D J».*macroprocesses\[0\]\.areas\[0\]\.code/,
  },
  {
    name: "a sheet name over 31 characters",
    args: () => [
      "--template",
      write(
        "sheet.json",
        templateWith(
          (t) =>
            (t.macroprocesses[0].areas[0].sheetName = "3.1 Dirección Jurídica y Defensa Judicial")
        )
      ),
    ],
    says: /31/,
  },
  {
    name: "a sheet name with a forbidden character",
    args: () => [
      "--template",
      write(
        "colon.json",
        templateWith((t) => (t.macroprocesses[0].areas[0].sheetName = "3.1 Jurídica: litigios"))
      ),
    ],
    says: /no es legal/,
  },
  { name: "a year that is not a year", args: () => ["--year", "21"], says: /--year 21/ },
  {
    name: "both a template and a text",
    args: () => ["--template", "a.json", "--from-text", "b.txt"],
    says: /--template o --from-text/,
  },
  { name: "an unknown option", args: () => ["--colour", "red"], says: /--colour/ },
];

describe.each(["generate", "template"])("plan-matrix %s with bad input", (command) => {
  it.each(cases.filter((c) => command === "generate" || !/year|template/.test(c.args().join(" "))))(
    "$name: one line, exit 2, nothing written",
    async ({ args, says }) => {
      const out = path.join(
        dir,
        `${command}-${Math.random().toString(36).slice(2)}.${command === "generate" ? "xlsx" : "json"}`
      );
      const run = await cli(command, ...args(), "--out", out);
      expect(run.code).toBe(2);
      expect(run.stderr.split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(says);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    }
  );
});

describe("plan-matrix usage errors as a real process", () => {
  it("gives exit 2 and a single line for an unknown command, without a stack trace", () => {
    const run = cliProcess(["frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      "Comando desconocido «frobnicate». Use «plan-matrix --help» para ver los comandos."
    );
  });

  it("speaks English with --lang en", () => {
    const run = cliProcess(["generate", "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      "Option --out is missing for “generate”. Run “plan-matrix generate --help”."
    );
  });

  it("rejects an unknown language in one line", () => {
    expect(cliProcess(["generate", "--lang", "fr"])).toMatchObject({
      code: 2,
      stderr: "«--lang fr» no es un idioma disponible; use «es» o «en».\n",
    });
  });

  it("prints help for each command with exit 0", () => {
    expect(cliProcess(["generate", "--help"])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("Uso: plan-matrix generar"),
    });
    expect(cliProcess(["template", "--help", "--lang", "en"])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("Usage: plan-matrix template"),
    });
  });

  it("never writes over its input, even with --force", () => {
    const text = write("plan.txt", "1. MACROPROCESO MISIONAL\n1.1 ÁREA UNO\n• Hacer algo.\n");
    const run = cliProcess(["template", "--from-text", text, "--out", text, "--force"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("nunca modifica su entrada");
  });
});
