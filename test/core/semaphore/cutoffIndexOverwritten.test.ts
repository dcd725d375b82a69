/**
 * SPEC §5.1: a `CorteIndice` that lost its formula (a value pasted over it, or another formula) moves every live
 * formula of the sheets to the period it holds, while the core computes at `Corte`'s. Every figure of a period then
 * rests on that error: every band `con-errores` (a number kept, as with unusable thresholds; "nothing programmed to
 * date" too, since the sheet computes the row at another period), counted once in the report. Validation reports
 * the same cell, by the same test (`overwrittenCutoffIndex`).
 *
 * Area DJ of `sampleTemplate()` at cut-off T2, no weights (the area is the plain mean of its rows):
 *   DJ-01 programmed 10 + 10, executed 8 + 8: 16 ÷ 20 = 0.8 (Verde, ≥ 80 %);
 *   DJ-02 programmed 10 + 10, executed 5 + 5: 10 ÷ 20 = 0.5 (Rojo, < 60 %);
 *   DJ-03 programmed 10 in T3 only: nothing due at T2 (Sin programación);
 *   DJ-04 nothing programmed in the year (Sin diligenciar: no period to dispute).
 * DJ = (0.8 + 0.5) ÷ 2 = 0.65 (Amarillo, ≥ 60 %); SGR and CI have no rows (Sin diligenciar), so the institution and
 * DJ's macroprocess are DJ's 0.65.
 */
import { readPlan } from "../../../src/core/plan/readPlan";
import { computeSemaphore } from "../../../src/core/semaphore/computeSemaphore";
import { semaphoreErrors } from "../../../src/core/semaphore/semaphoreErrors";
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

function semaphoreWith(cutoffIndex?: Cell) {
  const snapshot = buildSnapshot(
    sampleTemplate(),
    { DJ: DJ_ROWS },
    { cutoff: "T2", ...(cutoffIndex ? { names: { CorteIndice: cutoffIndex } } : {}) }
  );
  const plan = readPlan(snapshot);
  if (!plan.config) throw new Error("no configuration");
  const report = computeSemaphore(plan, plan.config);
  const issues = validateWorkbook(snapshot).issues;
  return {
    report,
    rows: report.rows
      .filter((candidate) => candidate.area === "DJ")
      .map(({ id, compliance, band, leftOut }) => [id, compliance, band, leftOut]),
    dj: (({ compliance, band, rowsWithErrors }) => [compliance, band, rowsWithErrors])(
      report.areas.find((area) => area.code === "DJ")!
    ),
    misional: (({ compliance, band }) => [compliance, band])(
      report.macroprocesses.find((group) => group.code === "MI")!
    ),
    institution: [report.institution.compliance, report.institution.band],
    cutoffIndexIssues: issues
      .filter((issue) => issue.code === "configuration.cutoffIndexOverwritten")
      .map((issue) => `${issue.sheet}!${issue.cell}`),
  };
}

describe("a CorteIndice that lost its formula", () => {
  it("leaves the figures as they are while it holds its formula, however a producer spelled it", () => {
    for (const cutoffIndex of [
      undefined,
      { kind: "number", value: 2, formula: "=match( Corte , Periodos ,0)" } as Cell,
    ]) {
      const result = semaphoreWith(cutoffIndex);
      expect(result.rows).toEqual([
        ["DJ-01", 0.8, "verde", false],
        ["DJ-02", 0.5, "rojo", false],
        ["DJ-03", null, "sin-programacion", false],
        ["DJ-04", null, "sin-diligenciar", false],
      ]);
      expect(result.dj).toEqual([0.65, "amarillo", 0]);
      expect(result.misional).toEqual([0.65, "amarillo"]);
      expect(result.institution).toEqual([0.65, "amarillo"]);
      expect(result.report.cutoffIndexErrors).toBe(0);
      expect(semaphoreErrors(result.report).total).toBe(0);
      expect(result.cutoffIndexIssues).toEqual([]);
    }
  });

  it.each([
    ["a value pasted over it (1, while Corte says T2)", { kind: "number", value: 1 } as Cell],
    [
      "another formula (MATCH of a fixed period)",
      { kind: "number", value: 1, formula: 'MATCH("T1",Periodos,0)' } as Cell,
    ],
  ])("makes every band of a period con-errores and counts it once: %s", (_, cutoffIndex) => {
    const result = semaphoreWith(cutoffIndex);
    // The numbers stay (computed at Corte's T2, as with unusable thresholds); every band but a year never
    // programmed rests on the error, and such rows are left out and counted as any con-errores row.
    expect(result.rows).toEqual([
      ["DJ-01", 0.8, "con-errores", true],
      ["DJ-02", 0.5, "con-errores", true],
      ["DJ-03", null, "con-errores", true],
      ["DJ-04", null, "sin-diligenciar", false],
    ]);
    expect(result.dj).toEqual([0.65, "con-errores", 3]);
    expect(result.misional).toEqual([0.65, "con-errores"]);
    expect(result.institution).toEqual([0.65, "con-errores"]);
    expect(result.report.cutoffIndexErrors).toBe(1);
    expect(result.report.thresholdErrors).toBe(0);
    // 3 DJ rows marked + 1 CorteIndice.
    expect(semaphoreErrors(result.report)).toEqual({
      rows: 3,
      areas: 0,
      thresholds: 0,
      cutoffIndex: 1,
      cutoffIndexProblem: "overwritten",
      total: 4,
    });
    // Validation names the same cell, by the same test.
    expect(result.cutoffIndexIssues).toEqual(["Configuración!B7"]);
  });
});
