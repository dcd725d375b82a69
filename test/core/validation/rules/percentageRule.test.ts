import { percentageRule } from "../../../../src/core/validation/rules/percentageRule";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

describe("percentageRule", () => {
  it("accepts weights up to 100 %", () => {
    expect(runRule(percentageRule, cleanSnapshot())).toEqual([]);
  });

  it("reports a weight typed as a whole number (60 meaning 60 %)", () => {
    expect(runRule(percentageRule, cleanSnapshot({ DJ: { 0: { Ponderación: 60 } } }))).toEqual([
      expect.objectContaining({
        code: "percentage.aboveOne",
        cell: "T8",
        value: 60,
        params: { percent: 6000 },
      }),
    ]);
  });
});
