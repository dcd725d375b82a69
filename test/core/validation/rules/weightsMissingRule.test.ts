import { weightsMissingRule } from "../../../../src/core/validation/rules/weightsMissingRule";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

describe("weightsMissingRule", () => {
  it("accepts areas that weight their rows", () => {
    expect(runRule(weightsMissingRule, cleanSnapshot())).toEqual([]);
  });

  it("warns, once per area, that equal weights are used when no row has a weight", () => {
    const issues = runRule(
      weightsMissingRule,
      cleanSnapshot({ DJ: { 0: { Ponderación: null }, 1: { Ponderación: null } } })
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: "weights.missing",
        severity: "warning",
        area: "DJ",
        cell: "T8",
        params: { rows: 2 },
      }),
    ]);
  });

  it("does not warn an area with a single row, where weighting changes nothing", () => {
    expect(
      runRule(weightsMissingRule, cleanSnapshot({ SGR: { 0: { Ponderación: null } } }))
    ).toEqual([]);
  });
});
