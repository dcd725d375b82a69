/**
 * `validate` (the compiled CLI, bin/plan-matrix.js) on a plan whose area lead typed rows under T_DJ that the table
 * did not take in (test/support/rowsTypedBelow.ts: B11:K13): one error naming the sheet, the table and rows 11 to
 * 13, in Spanish and in English, exit 1 as for any error; `--json` gives it with its code and first cell.
 */
import { existsSync } from "node:fs";
import { cliProcess } from "../support/runCli";
import { writeRowsTypedBelow } from "../support/rowsTypedBelow";
import { testOutputDir } from "../support/tempDir";

let files: { plan: string; typed: string };

beforeAll(async () => {
  files = await writeRowsTypedBelow(testOutputDir("cli-rows-below-table"));
}, 60_000);

describe("validate, on rows typed below an area's table", () => {
  it("says in Spanish which rows of which sheet lie outside T_DJ and what to do, and exits 1", () => {
    const run = cliProcess(["validate", files.typed, "--cutoff", "T1"]);
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n")).toContain(
      "  ✗ B11: Las filas 11 a 13 de la hoja «3.1 Dirección Jurídica» tienen datos (B11:K13) debajo de la tabla T_DJ, pero no son parte de la tabla: las revisiones, el semáforo y «Resumen» no las cuentan, y no se consolidan en la «Matriz». Amplíe la tabla para incluirlas (en Excel: Diseño de tabla › Cambiar el tamaño de la tabla, o arrastre la esquina inferior derecha de la tabla) o mueva esos datos a filas de la tabla."
    );
    expect(run.stdout).toContain(
      "DJ Dirección Jurídica («3.1 Dirección Jurídica»): 2 filas (diligenciadas: 2; sin diligenciar: 0) — errores: 1, advertencias: 1"
    );
  });

  it("says the same in English", () => {
    const run = cliProcess(["validate", files.typed, "--cutoff", "T1", "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n")).toContain(
      "  ✗ B11: Rows 11 to 13 of sheet “3.1 Dirección Jurídica” hold data (B11:K13) below table T_DJ, but they are not part of the table: the checks, the traffic light and “Resumen” do not count them, and they are not consolidated into “Matriz”. Widen the table to include them (in Excel: Table Design › Resize Table, or drag the table's bottom-right corner) or move that data into rows of the table."
    );
  });

  it("gives the error in --json with its code, sheet, first cell and rows; the plan without those rows has none", () => {
    const run = cliProcess(["validate", files.typed, "--cutoff", "T1", "--json"]);
    expect(run.code).toBe(1);
    const issues = (JSON.parse(run.stdout) as { issues: Record<string, unknown>[] }).issues;
    expect(issues.filter((issue) => issue.code === "table.rowsBelow")).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "table.rowsBelow",
        sheet: "3.1 Dirección Jurídica",
        area: "DJ",
        row: 11,
        cell: "B11",
      }),
    ]);
    const clean = cliProcess(["validate", files.plan, "--cutoff", "T1", "--json"]);
    const cleanIssues = (JSON.parse(clean.stdout) as { issues: { code: string }[] }).issues;
    expect(cleanIssues.filter((issue) => issue.code === "table.rowsBelow")).toEqual([]);
  });
});

describe("import, of an area file with rows typed below its table", () => {
  // The table alone would be imported and the rows under it lost: DJ is refused, naming them; nothing is written.
  it("refuses DJ in Spanish and in English, naming the cells, and writes nothing", () => {
    const out = files.plan.replace(/plan\.xlsx$/, "imported.xlsx");
    const run = cliProcess(["import", files.plan, files.typed, "--out", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `«${files.typed}» tiene datos en B11:K13 de la hoja «3.1 Dirección Jurídica», debajo de la tabla T_DJ y ` +
        "fuera de ella: el área DJ no se importó, para no perderlos. Amplíe la tabla en ese archivo para " +
        "incluirlos (Diseño de tabla › Cambiar el tamaño de la tabla), o pida al área que lo haga, e impórtelo " +
        "de nuevo."
    );
    const english = cliProcess(["import", files.plan, files.typed, "--out", out, "--lang", "en"]);
    expect(english.stderr).toContain(
      `“${files.typed}” holds data in B11:K13 of sheet “3.1 Dirección Jurídica”, below table T_DJ and outside ` +
        "it: area DJ was not imported, so as not to lose it. Widen the table in that file to include it (Table " +
        "Design › Resize Table), or ask the area to, and import it again."
    );
    expect(existsSync(out)).toBe(false);
  });
});
