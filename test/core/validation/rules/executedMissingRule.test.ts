import { executedMissingRule } from "../../../../src/core/validation/rules/executedMissingRule";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

describe("executedMissingRule", () => {
  it("accepts rows that report every elapsed programmed period, 0 included", () => {
    expect(
      runRule(executedMissingRule, cleanSnapshot({ DJ: { 0: { "Ejecutado T2": 0 } } }))
    ).toEqual([]);
  });

  it("warns of an elapsed period with programming and no executed value", () => {
    const [issue] = runRule(
      executedMissingRule,
      cleanSnapshot({ SGR: { 0: { "Ejecutado T2": null } } })
    );
    expect(issue).toMatchObject({
      code: "executed.missing",
      severity: "warning",
      area: "SGR",
      cell: "Q8",
      params: { period: "T2", cutoff: "T2", programmed: 3 },
    });
  });

  it("does not warn of periods with nothing programmed, nor periods after the cut-off", () => {
    expect(
      runRule(
        executedMissingRule,
        cleanSnapshot({ SGR: { 0: { "Programado T2": 0, "Ejecutado T2": null } } })
      )
    ).toEqual([]);
    expect(
      runRule(
        executedMissingRule,
        cleanSnapshot({ SGR: { 0: { "Ejecutado T2": null } } }, { cutoff: "T1" })
      )
    ).toEqual([]);
  });
});
