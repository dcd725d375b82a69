/**
 * The CLI speaks Spanish all the way (SPEC §8): every option has a Spanish name, shown in the Spanish help; messages
 * repeat the names the user typed; help speaks of the plan, not of the SPEC; long values are shortened in console
 * lines; `--version` prints the version.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { COMMANDS } from "../../src/cli/commands";
import { SPANISH_OPTION_NAMES } from "../../src/cli/optionAliases";
import { shortened } from "../../src/cli/shortened";
import { cliHelpMessages } from "../../src/cli/messages/cliHelpMessages";
import { cli } from "../support/runCli";
import { testOutputDir } from "../support/tempDir";

const dir = testOutputDir("spanish-options");
const plan = path.join(dir, "plan.xlsx");
const packageVersion = (
  JSON.parse(readFileSync(path.resolve(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  }
).version;

beforeAll(async () => {
  const run = await cli("generar", "--salida", plan, "--forzar");
  expect(run.code).toBe(0);
});

describe("Spanish option names", () => {
  it("validar --corte T2 --json gives what validate --cutoff T2 --json gives", async () => {
    const spanish = await cli("validar", plan, "--corte", "T2", "--json");
    const english = await cli("validate", plan, "--cutoff", "T2", "--json");
    expect(spanish.code).toBe(english.code);
    expect(spanish.stdout).toBe(english.stdout);
    expect(spanish.stdout.length).toBeGreaterThan(100);
  });

  it("--corte=T9 is read as --cutoff=T9 (and refused as a period of this plan)", async () => {
    const run = await cli("semaforo", plan, "--corte=T9");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("«T9» no es un periodo de este plan; use uno de: T1, T2, T3, T4.");
  });

  it("--idioma en switches the language like --lang en", async () => {
    const run = await cli("validar", plan, "--idioma", "en", "--cort", "T2");
    expect(run.stderr).toBe(
      "“validar” has no option --cort; did you mean --corte? Run “plan-matrix validar --ayuda” to list its options."
    );
  });

  it("a mistyped Spanish option gets the Spanish name meant, with the command as typed", async () => {
    const run = await cli("validar", plan, "--cort", "T2");
    expect(run.code).toBe(2);
    // Before: "«validate» no tiene la opción --cort; ¿quiso decir --cutoff? Use «plan-matrix validate --help» …"
    expect(run.stderr).toBe(
      "«validar» no tiene la opción --cort; ¿quiso decir --corte? Use «plan-matrix validar --ayuda» para ver sus opciones."
    );
  });

  it("a Spanish option without its value is named as typed", async () => {
    const run = await cli("validar", plan, "--corte");
    expect(run.stderr).toBe(
      "Falta el valor de la opción --corte en «validar» (por ejemplo --corte VALOR). Use «plan-matrix validar --ayuda»."
    );
  });

  it("a missing option is named in the vocabulary of the command typed", async () => {
    expect((await cli("consolidar", plan)).stderr).toBe(
      "Falta la opción --salida en «consolidar». Use «plan-matrix consolidar --ayuda»."
    );
    expect((await cli("consolidate", plan)).stderr).toBe(
      "Falta la opción --out en «consolidate». Use «plan-matrix consolidate --help»."
    );
  });

  it("an existing output is refused names --forzar after «corregir» and --force after «fix»", async () => {
    const spanish = await cli("corregir", plan, "--salida", plan.replace(".xlsx", "-copy.xlsx"));
    expect(spanish.code).not.toBe(2);
    const again = await cli("corregir", plan, "--salida", plan.replace(".xlsx", "-copy.xlsx"));
    expect(again.stderr).toContain("agregue --forzar");
    const english = await cli("fix", plan, "--out", plan.replace(".xlsx", "-copy.xlsx"));
    expect(english.stderr).toContain("agregue --force.");
  });

  it("every option of every command has a Spanish name, and the Spanish help shows it", () => {
    for (const command of COMMANDS) {
      const help = cliHelpMessages.es[command.help];
      for (const option of Object.keys(command.options)) {
        if (option === "json") continue; // --json reads the same in Spanish
        const spanish = SPANISH_OPTION_NAMES[option];
        expect([command.name, option, spanish === undefined]).toEqual([
          command.name,
          option,
          false,
        ]);
        expect([command.name, help.includes(`--${spanish}`)]).toEqual([command.name, true]);
      }
    }
  });

  it("no help text cites the SPEC", () => {
    for (const language of ["es", "en"] as const)
      for (const text of Object.values(cliHelpMessages[language]))
        expect(text).not.toMatch(/SPEC|§/);
  });
});

describe("--version", () => {
  it.each([["--version"], ["-v"]])("%s prints package.json's version", async (flag) => {
    const run = await cli(flag);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`plan-matrix ${packageVersion}`);
    expect(packageVersion).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("long values in console lines", () => {
  it("keeps a short value whole and cuts a long one at 60 characters with an ellipsis", () => {
    expect(shortened("Eficacia")).toBe("Eficacia");
    const formula = `=IF(${"A".repeat(400)})`;
    const shown = shortened(formula);
    expect(Array.from(shown)).toHaveLength(60);
    expect(shown.endsWith("…")).toBe(true);
    expect(shown.startsWith("=IF(AAAA")).toBe(true);
  });
});
