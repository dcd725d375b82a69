import { configurationRule } from "../../../../src/core/validation/rules/configurationRule";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

describe("configurationRule", () => {
  it("accepts a configuration whose cut-off is a period, in any case", () => {
    expect(runRule(configurationRule, cleanSnapshot())).toEqual([]);
    expect(runRule(configurationRule, cleanSnapshot({}, { cutoff: "t3" }))).toEqual([]);
  });

  it("reports a missing Configuración (no Corte name)", () => {
    const snapshot = cleanSnapshot();
    delete snapshot.names.Corte;
    expect(runRule(configurationRule, snapshot)).toEqual([
      expect.objectContaining({
        code: "structure.noConfiguration",
        sheet: "Configuración",
        cell: null,
      }),
    ]);
  });

  it("reports a cut-off that is not a period at the Corte cell, listing the periods", () => {
    const [issue] = runRule(configurationRule, cleanSnapshot({}, { cutoff: "T7" }));
    expect(issue).toMatchObject({
      code: "structure.badCutoff",
      sheet: "Configuración",
      cell: "B6",
      value: "T7",
      params: { cutoff: "T7", periods: "T1, T2, T3, T4" },
    });
  });

  it("reports a bad --cutoff option as such, with no cell", () => {
    const [issue] = runRule(configurationRule, cleanSnapshot(), { cutoff: "T9" });
    expect(issue).toMatchObject({
      code: "structure.badCutoff",
      cell: null,
      params: { variant: "option", cutoff: "T9" },
    });
  });

  it("reports a CorteIndice that lost its formula, with the fix that writes it back", () => {
    const typed = cleanSnapshot({}, { names: { CorteIndice: { kind: "number", value: 2 } } });
    expect(runRule(configurationRule, typed)).toEqual([
      expect.objectContaining({
        code: "configuration.cutoffIndexOverwritten",
        severity: "error",
        sheet: "Configuración",
        cell: "B7",
        value: 2,
        params: { cell: "B7", value: "2" },
        fix: { sheet: "Configuración", cell: "B7", value: { formula: "MATCH(Corte,Periodos,0)" } },
      }),
    ]);
  });

  it("accepts CorteIndice's formula however a producer spells it", () => {
    const spelled = cleanSnapshot(
      {},
      {
        names: {
          CorteIndice: { kind: "number", value: 1, formula: "=match( Corte , Periodos ,0)" },
        },
      }
    );
    expect(runRule(configurationRule, spelled)).toEqual([]);
  });
});
