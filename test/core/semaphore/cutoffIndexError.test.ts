/**
 * SPEC §5.1: a `CorteIndice` that still holds `MATCH(Corte,Periodos,0)` but evaluates to an error value (Excel turns
 * `Periodos` into #REF! once the hidden sheet «Listas» is deleted) makes every live formula of the sheets show an
 * error, while `Corte` is a valid period. The core marks every figure as it does for an overwritten `CorteIndice`
 * (same area DJ as cutoffIndexOverwritten.test.ts: DJ-01 0.8, DJ-02 0.5, DJ-03 nothing due at T2, DJ-04 nothing
 * programmed in the year; DJ = (0.8 + 0.5) ÷ 2 = 0.65), counted once, and validation names the cell and the error.
 * A bad `Corte` is refused on its own (`structure.badCutoff`): the error value of its MATCH is not counted again.
 */
import { readPlan } from "../../../src/core/plan/readPlan";
import { computeSemaphore } from "../../../src/core/semaphore/computeSemaphore";
import { semaphoreErrors } from "../../../src/core/semaphore/semaphoreErrors";
import { formatIssueMessage } from "../../../src/core/validation/formatIssueMessage";
import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import { Cell } from "../../../src/core/workbook/CellValue";
import { buildSnapshot, periodRow } from "../../support/buildSnapshot";
import { sampleTemplate } from "../../support/sampleTemplate";

const row = periodRow;

const DJ_ROWS = [
  row("DJ-01", [10, 10], [8, 8]),
  row("DJ-02", [10, 10], [5, 5]),
  row("DJ-03", [null, null, 10], []),
  row("DJ-04", [], []),
];

const REF_ERROR: Cell = { kind: "error", code: "#REF!", formula: "MATCH(Corte,Periodos,0)" };

function semaphoreWith(cutoff: string, cutoffIndex: Cell) {
  const snapshot = buildSnapshot(
    sampleTemplate(),
    { DJ: DJ_ROWS },
    { cutoff, names: { CorteIndice: cutoffIndex } }
  );
  const plan = readPlan(snapshot);
  if (!plan.config) throw new Error("no configuration");
  const report = computeSemaphore(plan, plan.config);
  const issues = validateWorkbook(snapshot).issues.filter((issue) =>
    issue.code.startsWith("configuration.cutoffIndex")
  );
  return { plan, report, issues };
}

describe("a CorteIndice whose formula gives an error value", () => {
  it("makes every band of a period con-errores, counts it once and is reported with the cell and the error", () => {
    const { report, issues } = semaphoreWith("T2", REF_ERROR);
    expect(
      report.rows
        .filter((candidate) => candidate.area === "DJ")
        .map(({ id, compliance, band, leftOut }) => [id, compliance, band, leftOut])
    ).toEqual([
      ["DJ-01", 0.8, "con-errores", true],
      ["DJ-02", 0.5, "con-errores", true],
      ["DJ-03", null, "con-errores", true],
      ["DJ-04", null, "sin-diligenciar", false],
    ]);
    const dj = report.areas.find((area) => area.code === "DJ")!;
    expect([dj.compliance, dj.band, dj.rowsWithErrors]).toEqual([0.65, "con-errores", 3]);
    expect([report.institution.compliance, report.institution.band]).toEqual([0.65, "con-errores"]);
    expect(report.cutoffIndexErrors).toBe(1);
    // 3 DJ rows marked + 1 CorteIndice.
    expect(semaphoreErrors(report)).toEqual({
      rows: 3,
      areas: 0,
      thresholds: 0,
      cutoffIndex: 1,
      cutoffIndexProblem: "error",
      total: 4,
    });
    expect(issues.map((issue) => [issue.code, issue.severity, issue.cell, issue.fix])).toEqual([
      ["configuration.cutoffIndexError", "error", "B7", undefined],
    ]);
    expect(formatIssueMessage(issues[0], "es")).toBe(
      "La celda de «CorteIndice» en «Configuración» (B7) conserva su fórmula pero da el error #REF!, así que todas las fórmulas de las hojas, «Resumen» y «Tablero» muestran errores. Suele pasar cuando se borró la hoja oculta «Listas» o el nombre «Periodos». Restaure «Listas» desde una copia del libro original (o deshaga el borrado) y las fórmulas volverán a calcular; no hay corrección automática."
    );
    expect(formatIssueMessage(issues[0], "en")).toBe(
      "The “CorteIndice” cell of “Configuración” (B7) still holds its formula but gives the error #REF!, so every formula of the sheets, “Resumen” and “Tablero” shows errors. This usually happens when the hidden sheet “Listas” or the name “Periodos” was deleted. Restore “Listas” from a copy of the original workbook (or undo the deletion) and the formulas will compute again; there is no automatic fix."
    );
  });

  it("is left to structure.badCutoff when Corte is not a period (its MATCH fails too)", () => {
    const { plan, report, issues } = semaphoreWith("T9", {
      kind: "error",
      code: "#N/A",
      formula: "MATCH(Corte,Periodos,0)",
    });
    expect(plan.badCutoff).toBe("T9");
    expect(report.cutoffIndexErrors).toBe(0);
    expect(issues).toEqual([]);
  });

  it("still reports a value pasted over it as overwritten, with its automatic fix", () => {
    const { report, issues } = semaphoreWith("T2", { kind: "error", code: "#REF!" });
    expect(semaphoreErrors(report).cutoffIndexProblem).toBe("overwritten");
    expect(issues.map((issue) => issue.code)).toEqual(["configuration.cutoffIndexOverwritten"]);
  });
});
