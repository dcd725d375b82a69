import { overExecutionRule } from "../../../../src/core/validation/rules/overExecutionRule";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

describe("overExecutionRule", () => {
  it("accepts compliance up to the threshold (exactly 120 % included)", () => {
    expect(
      runRule(overExecutionRule, cleanSnapshot({ SGR: { 0: { "Ejecutado T2": 4 } } }))
    ).toEqual([]);
  });

  it("warns of compliance above the threshold, at % Cumplimiento, as the semáforo computes it", () => {
    const [issue] = runRule(overExecutionRule, cleanSnapshot({ DJ: { 0: { "Ejecutado T2": 3 } } }));
    expect(issue).toMatchObject({
      code: "compliance.overExecution",
      severity: "warning",
      cell: "AD8",
      value: 2,
      params: { compliance: 200, threshold: 120 },
    });
  });

  it("uses the threshold of Configuración", () => {
    const snapshot = cleanSnapshot(
      { SGR: { 0: { "Ejecutado T2": 4 } } },
      { names: { UmbralSobreejecucion: { kind: "number", value: 1.1 } } }
    );
    expect(runRule(overExecutionRule, snapshot)).toEqual([
      expect.objectContaining({ area: "SGR", params: { compliance: 120, threshold: 110 } }),
    ]);
  });
});
