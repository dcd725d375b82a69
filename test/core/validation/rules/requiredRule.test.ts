import { requiredRule } from "../../../../src/core/validation/rules/requiredRule";
import { cleanSnapshot } from "../cleanSnapshot";
import { at, runRule } from "../runRule";

describe("requiredRule", () => {
  it("accepts rows with every required cell", () => {
    expect(runRule(requiredRule, cleanSnapshot())).toEqual([]);
  });

  it("reports each required cell left empty (blank or only spaces)", () => {
    const snapshot = cleanSnapshot({
      DJ: { 0: { Actividad: null, Meta: null, "Fecha fin": "   " } },
      SGR: { 0: { ID: null, Responsable: null } },
    });
    expect(at(runRule(requiredRule, snapshot))).toEqual([
      "required.empty@C8",
      "required.empty@K8",
      "required.empty@W8",
      "required.empty@A8",
      "required.empty@U8",
    ]);
  });

  it("requires Ponderación only where the area weights its rows", () => {
    const weighted = runRule(requiredRule, cleanSnapshot({ DJ: { 1: { Ponderación: null } } }));
    expect(weighted).toEqual([
      expect.objectContaining({
        code: "required.empty",
        cell: "T9",
        column: "Ponderación",
        params: { variant: "weighted" },
      }),
    ]);
    expect(
      runRule(
        requiredRule,
        cleanSnapshot({ DJ: { 0: { Ponderación: null }, 1: { Ponderación: null } } })
      )
    ).toEqual([]);
  });

  it("does not call a formula whose result is not calculated yet empty", () => {
    expect(
      runRule(requiredRule, cleanSnapshot({ DJ: { 0: { Meta: { formula: "2*2" } } } }))
    ).toEqual([]);
  });
});
