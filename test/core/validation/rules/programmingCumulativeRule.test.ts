import { programmingCumulativeRule } from "../../../../src/core/validation/rules/programmingCumulativeRule";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

describe("programmingCumulativeRule", () => {
  it("accepts a non-decreasing series ending at Meta, flat steps included", () => {
    expect(
      runRule(
        programmingCumulativeRule,
        cleanSnapshot({ DJ: { 1: { "Programado T2": 0.25, "Programado T3": 0.25 } } })
      )
    ).toEqual([]);
  });

  it("reports the first period where the level goes down", () => {
    const [issue] = runRule(
      programmingCumulativeRule,
      cleanSnapshot({ DJ: { 1: { "Programado T3": 0.4 } } })
    );
    expect(issue).toMatchObject({
      code: "programming.notCumulative",
      cell: "N9",
      value: 0.4,
      params: { previous: 0.5 },
    });
  });

  it("reports a blank period after a programmed one as a drop to 0 (the formulas read it as 0)", () => {
    const [issue] = runRule(
      programmingCumulativeRule,
      cleanSnapshot({ DJ: { 1: { "Programado T2": null } } })
    );
    expect(issue).toMatchObject({ cell: "M9", value: 0, params: { previous: 0.25 } });
  });

  it("reports a series that does not end at Meta, at the last period", () => {
    const [issue] = runRule(
      programmingCumulativeRule,
      cleanSnapshot({ DJ: { 1: { "Programado T4": 0.9 } } })
    );
    expect(issue).toMatchObject({
      code: "programming.notCumulative",
      cell: "O9",
      value: 0.9,
      params: { variant: "lastNotGoal", goal: 1 },
    });
  });

  it("reads a blank Sentido as Ascendente and leaves Descendente and Número rows alone", () => {
    expect(
      runRule(
        programmingCumulativeRule,
        cleanSnapshot({ DJ: { 1: { Sentido: null, "Programado T4": 0.9 } } })
      )
    ).toHaveLength(1);
    expect(
      runRule(
        programmingCumulativeRule,
        cleanSnapshot({ DJ: { 1: { Sentido: "Descendente", "Programado T4": 0.9 } } })
      )
    ).toEqual([]);
    expect(
      runRule(programmingCumulativeRule, cleanSnapshot({ DJ: { 0: { "Programado T4": 0 } } }))
    ).toEqual([]);
  });
});
