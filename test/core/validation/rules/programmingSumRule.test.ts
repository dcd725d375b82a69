import { programmingSumRule } from "../../../../src/core/validation/rules/programmingSumRule";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

describe("programmingSumRule", () => {
  it("accepts Número programming that adds up to Meta, blanks counting as 0", () => {
    expect(
      runRule(
        programmingSumRule,
        cleanSnapshot({ SGR: { 0: { Meta: 5, "Programado T3": null, "Programado T4": null } } })
      )
    ).toEqual([]);
  });

  it("tolerates floating-point noise in the sum", () => {
    const snapshot = cleanSnapshot({
      DJ: {
        0: {
          Meta: 0.6,
          "Programado T1": 0.1,
          "Programado T2": 0.2,
          "Programado T3": 0.3,
          "Programado T4": 0,
        },
      },
    });
    expect(runRule(programmingSumRule, snapshot)).toEqual([]);
  });

  it("reports programming that does not add up, at the first period, with the sum and the goal", () => {
    const [issue] = runRule(
      programmingSumRule,
      cleanSnapshot({ DJ: { 0: { "Programado T4": 2 } } })
    );
    expect(issue).toMatchObject({
      code: "programming.sumMismatch",
      cell: "L8",
      value: 5,
      params: { sum: 5, goal: 4, first: "Programado T1", last: "Programado T4" },
    });
  });

  it("does not apply to Porcentaje rows, nor while a period or Meta is not a number", () => {
    expect(
      runRule(programmingSumRule, cleanSnapshot({ DJ: { 1: { "Programado T4": 0.9 } } }))
    ).toEqual([]);
    expect(
      runRule(programmingSumRule, cleanSnapshot({ DJ: { 0: { "Programado T4": "2" } } }))
    ).toEqual([]);
    expect(runRule(programmingSumRule, cleanSnapshot({ DJ: { 0: { Meta: "5" } } }))).toEqual([]);
  });

  it("reads the unit as the formulas do after a case-only difference", () => {
    expect(
      runRule(
        programmingSumRule,
        cleanSnapshot({ DJ: { 0: { "Unidad de medida": "número", "Programado T4": 3 } } })
      )
    ).toHaveLength(1);
  });
});
