import { executedAfterCutoffRule } from "../../../../src/core/validation/rules/executedAfterCutoffRule";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

describe("executedAfterCutoffRule", () => {
  it("accepts executed values up to the cut-off", () => {
    expect(runRule(executedAfterCutoffRule, cleanSnapshot())).toEqual([]);
  });

  it("warns of executed values in periods after the cut-off, zeros included", () => {
    const snapshot = cleanSnapshot({ DJ: { 0: { "Ejecutado T3": 1, "Ejecutado T4": 0 } } });
    expect(
      runRule(executedAfterCutoffRule, snapshot).map((issue) => [
        issue.severity,
        issue.cell,
        issue.params.period,
        issue.params.cutoff,
      ])
    ).toEqual([
      ["warning", "R8", "T3", "T2"],
      ["warning", "S8", "T4", "T2"],
    ]);
  });

  it("follows the --cutoff option over Configuración", () => {
    const snapshot = cleanSnapshot({ DJ: { 0: { "Ejecutado T3": 1 } } });
    expect(runRule(executedAfterCutoffRule, snapshot, { cutoff: "T4" })).toEqual([]);
    expect(
      runRule(executedAfterCutoffRule, snapshot, { cutoff: "T1" }).map(
        (issue) => `${issue.area}!${issue.cell}`
      )
    ).toEqual(["DJ!Q8", "DJ!R8", "DJ!Q9", "SGR!Q8"]);
  });

  it("says nothing when the cut-off is unknown (bad, or Configuración missing)", () => {
    const snapshot = cleanSnapshot({ DJ: { 0: { "Ejecutado T3": 1 } } }, { cutoff: "T9" });
    expect(runRule(executedAfterCutoffRule, snapshot)).toEqual([]);
    const noConfiguration = cleanSnapshot({ DJ: { 0: { "Ejecutado T3": 1 } } });
    delete noConfiguration.names.Corte;
    expect(runRule(executedAfterCutoffRule, noConfiguration)).toEqual([]);
  });
});
