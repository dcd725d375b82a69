import { negativeRule } from "../../../../src/core/validation/rules/negativeRule";
import { cleanSnapshot } from "../cleanSnapshot";
import { at, runRule } from "../runRule";

describe("negativeRule", () => {
  it("accepts zero and positive numbers", () => {
    expect(runRule(negativeRule, cleanSnapshot({ DJ: { 0: { "Línea base": 0 } } }))).toEqual([]);
  });

  it("reports negative baseline, programming, execution, weight and budget", () => {
    const snapshot = cleanSnapshot({
      DJ: {
        0: {
          "Línea base": -1,
          "Programado T2": -1,
          "Ejecutado T1": -2,
          Ponderación: -0.1,
          Presupuesto: -5,
        },
      },
    });
    expect(at(runRule(negativeRule, snapshot))).toEqual([
      "number.negative@J8",
      "number.negative@M8",
      "number.negative@P8",
      "number.negative@T8",
      "number.negative@X8",
    ]);
  });

  it("leaves a negative Meta to the goal rule", () => {
    expect(runRule(negativeRule, cleanSnapshot({ DJ: { 0: { Meta: -4 } } }))).toEqual([]);
  });
});
