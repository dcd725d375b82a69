/**
 * SPEC §5.1: a computed cell that no longer holds its formula — a value pasted over it, or another formula in its
 * place — makes its row `con errores`, left out of its area's figure; validation reports the same cells
 * (`formula.overwritten`), by the same test. Area DJ of `sampleTemplate()` at cut-off T1, headers at row 7, so data
 * row i is Excel row 8 + i; no row has a weight, so the area's figure is the plain mean of its rows' compliance.
 */
import { readPlan } from "../../../src/core/plan/readPlan";
import { computeSemaphore, SemaphoreReport } from "../../../src/core/semaphore/computeSemaphore";
import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import { CellLike, buildSnapshot } from "../../support/buildSnapshot";
import { sampleTemplate } from "../../support/sampleTemplate";

/** Programmed and executed in T1; unit and direction blank (Número, Ascendente). */
const row = (
  id: string,
  programmed: number,
  executed: number,
  more: Record<string, CellLike> = {}
): Record<string, CellLike> => ({
  ID: id,
  Actividad: "Actividad",
  "Programado T1": programmed,
  "Ejecutado T1": executed,
  ...more,
});

/** `Programado a la fecha` of Excel row 10 as generated, but summing from row 9: one row off. */
const ONE_ROW_OFF =
  'IF(H10="Porcentaje",N(INDEX(L10:O10,1,CorteIndice)),SUM(L9:INDEX(L10:O10,1,CorteIndice)))';

function semaphoreOf(rows: Record<string, CellLike>[]) {
  const snapshot = buildSnapshot(sampleTemplate(), { DJ: rows }, { cutoff: "T1" });
  const plan = readPlan(snapshot);
  if (!plan.config) throw new Error("no configuration");
  const report = computeSemaphore(plan, plan.config);
  return { snapshot, report };
}

const djRows = (report: SemaphoreReport) =>
  report.rows
    .filter((candidate) => candidate.area === "DJ")
    .map(({ id, compliance, band, inputError, leftOut }) => ({
      id,
      compliance,
      band,
      inputError,
      leftOut,
    }));

const dj = (report: SemaphoreReport) => {
  const area = report.areas.find((candidate) => candidate.code === "DJ")!;
  return [area.compliance, area.band, area.rowsWithErrors];
};

describe("a computed cell whose formula was replaced by another formula", () => {
  it("makes its row con-errores and leaves it out of the area's figure; the same formula written otherwise counts", () => {
    // DJ-01 8 ÷ 10 = 0.8, DJ-02 5 ÷ 10 = 0.5, DJ-03 10 ÷ 10 = 1 by its inputs, but its `Programado a la fecha` sums
    // from the row above: left out. DJ-04 7 ÷ 10 = 0.7, its formula as generated but with "=", spaces and lower
    // case: counted. DJ = (0.8 + 0.5 + 0.7) ÷ 3 = 0.6666666667 (10 decimals), Amarillo (≥ 60 %, < 80 %), one row
    // left out. (Counting DJ-03, DJ would be (0.8 + 0.5 + 1 + 0.7) ÷ 4 = 0.75.)
    const { report } = semaphoreOf([
      row("DJ-01", 10, 8),
      row("DJ-02", 10, 5),
      row("DJ-03", 10, 10, { "Programado a la fecha": { formula: ONE_ROW_OFF } }),
      row("DJ-04", 10, 7, {
        "Programado a la fecha": {
          formula:
            '= if(h11="Porcentaje", n(index(l11:o11,1,CorteIndice)), sum(l11:index(l11:o11,1,CorteIndice)))',
        },
      }),
    ]);
    expect(djRows(report)).toEqual([
      { id: "DJ-01", compliance: 0.8, band: "verde", inputError: null, leftOut: false },
      { id: "DJ-02", compliance: 0.5, band: "rojo", inputError: null, leftOut: false },
      { id: "DJ-03", compliance: null, band: "con-errores", inputError: "formula", leftOut: true },
      { id: "DJ-04", compliance: 0.7, band: "amarillo", inputError: null, leftOut: false },
    ]);
    expect(dj(report)).toEqual([0.6666666667, "amarillo", 1]);
  });

  it("is con-errores in the semáforo on exactly the rows validation reports as overwritten", () => {
    // DJ-01 intact; DJ-02 a value pasted over `% Cumplimiento`; DJ-03 another formula; DJ-04 holds only the
    // generated defaults (ID, objective) with `Semáforo` replaced by a constant formula. DJ = 0.8 alone.
    const { snapshot, report } = semaphoreOf([
      row("DJ-01", 10, 8),
      row("DJ-02", 10, 5, { "% Cumplimiento": 0.5 }),
      row("DJ-03", 10, 10, { "Programado a la fecha": { formula: ONE_ROW_OFF } }),
      { ID: "DJ-04", Semáforo: { formula: '"Sin diligenciar"' } },
    ]);
    const overwritten = validateWorkbook(snapshot)
      .issues.filter((issue) => issue.code === "formula.overwritten")
      .map((issue) => issue.cell);
    expect(overwritten).toEqual(["AD9", "AB10", "AE11"]);
    expect(
      report.rows.filter((candidate) => candidate.inputError === "formula").map((r) => r.id)
    ).toEqual(["DJ-02", "DJ-03", "DJ-04"]);
    expect(dj(report)).toEqual([0.8, "verde", 3]);
  });
});
