import { draftReportRule } from "../../../../src/core/validation/rules/draftReportRule";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

describe("draftReportRule", () => {
  it("accepts reports that were sent, approved or returned", () => {
    expect(
      runRule(
        draftReportRule,
        cleanSnapshot({
          DJ: { 0: { "Estado del reporte": "Aprobado" }, 1: { "Estado del reporte": "Devuelto" } },
        })
      )
    ).toEqual([]);
  });

  it("warns of a filled row still in Borrador at the cut-off", () => {
    expect(
      runRule(draftReportRule, cleanSnapshot({ SGR: { 0: { "Estado del reporte": "borrador" } } }))
    ).toEqual([
      expect.objectContaining({
        code: "report.stillDraft",
        severity: "warning",
        area: "SGR",
        cell: "AA8",
        params: { cutoff: "T2" },
      }),
    ]);
  });

  it("says nothing of unfilled rows, nor without a known cut-off", () => {
    expect(
      runRule(
        draftReportRule,
        cleanSnapshot({ DJ: { 2: { ID: "DJ-03", "Estado del reporte": "Borrador" } } })
      )
    ).toEqual([]);
    const snapshot = cleanSnapshot({ SGR: { 0: { "Estado del reporte": "Borrador" } } });
    delete snapshot.names.Corte;
    expect(runRule(draftReportRule, snapshot)).toEqual([]);
  });
});
