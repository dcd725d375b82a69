import { goalRule } from "../../../../src/core/validation/rules/goalRule";
import { cleanSnapshot } from "../cleanSnapshot";
import { at, runRule } from "../runRule";

describe("goalRule", () => {
  it("accepts a positive Meta", () => {
    expect(runRule(goalRule, cleanSnapshot())).toEqual([]);
  });

  it("reports a Meta of 0 or below", () => {
    expect(
      at(runRule(goalRule, cleanSnapshot({ DJ: { 0: { Meta: 0 }, 1: { Meta: -1 } } })))
    ).toEqual(["goal.notPositive@K8", "goal.notPositive@K9"]);
  });

  it("leaves a Meta that is not a number to the number rule", () => {
    expect(runRule(goalRule, cleanSnapshot({ DJ: { 0: { Meta: "-1" } } }))).toEqual([]);
  });
});
