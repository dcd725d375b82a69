import { evidenceRule } from "../../../../src/core/validation/rules/evidenceRule";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

describe("evidenceRule", () => {
  it("accepts executed values with evidence, and rows without executed values", () => {
    expect(runRule(evidenceRule, cleanSnapshot())).toEqual([]);
    expect(
      runRule(
        evidenceRule,
        cleanSnapshot({ DJ: { 0: { Evidencias: null, "Ejecutado T1": 0, "Ejecutado T2": null } } })
      )
    ).toEqual([]);
  });

  it("warns once per row, at Evidencias, naming the periods with executed values", () => {
    expect(runRule(evidenceRule, cleanSnapshot({ DJ: { 1: { Evidencias: null } } }))).toEqual([
      expect.objectContaining({
        code: "executed.noEvidence",
        severity: "warning",
        cell: "Y9",
        params: { periods: "T1, T2" },
      }),
    ]);
  });
});
