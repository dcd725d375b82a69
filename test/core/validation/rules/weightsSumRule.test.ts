import { weightsSumRule } from "../../../../src/core/validation/rules/weightsSumRule";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

describe("weightsSumRule", () => {
  it("accepts weights adding up to 100 %, floating-point noise included", () => {
    expect(runRule(weightsSumRule, cleanSnapshot())).toEqual([]);
    expect(
      runRule(
        weightsSumRule,
        cleanSnapshot({
          DJ: {
            0: { Ponderación: 0.7 },
            1: { Ponderación: 0.1 },
            2: { ID: "DJ-03", Ponderación: 0.2 },
          },
        })
      )
    ).toEqual([]);
  });

  it("reports an area whose weights do not add up to 100 %, once, at its first row's Ponderación", () => {
    const issues = runRule(weightsSumRule, cleanSnapshot({ DJ: { 1: { Ponderación: 0.3 } } }));
    expect(issues).toEqual([
      expect.objectContaining({
        code: "weights.notHundred",
        area: "DJ",
        cell: "T8",
        value: 0.9,
        params: { sum: 90 },
      }),
    ]);
  });

  it("says nothing for an area without weights or while a weight is not a number yet", () => {
    expect(
      runRule(
        weightsSumRule,
        cleanSnapshot({ DJ: { 0: { Ponderación: null }, 1: { Ponderación: null } } })
      )
    ).toEqual([]);
    expect(runRule(weightsSumRule, cleanSnapshot({ DJ: { 1: { Ponderación: "40 %" } } }))).toEqual(
      []
    );
  });
});
