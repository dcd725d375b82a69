import { unfilledRowsRule } from "../../../../src/core/validation/rules/unfilledRowsRule";
import { validateWorkbook } from "../../../../src/core/validation/validateWorkbook";
import { buildSnapshot } from "../../../support/buildSnapshot";
import { cleanRows, cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

describe("unfilledRowsRule", () => {
  it("counts a freshly generated area once, at its first row's Actividad", () => {
    const issues = runRule(unfilledRowsRule, buildSnapshot());
    expect(issues).toEqual([
      expect.objectContaining({
        code: "area.unfilledRows",
        area: "DJ",
        cell: "C8",
        value: 2,
        params: { count: 2, total: 2, variant: "all" },
      }),
      expect.objectContaining({
        code: "area.unfilledRows",
        area: "SGR",
        cell: "C8",
        value: 1,
        params: { count: 1, total: 1, variant: "all" },
      }),
    ]);
  });

  it("shows a fresh workbook's areas alone: one issue per area, nothing per cell", () => {
    const report = validateWorkbook(buildSnapshot());
    expect(report.issues.map((issue) => issue.code)).toEqual([
      "area.unfilledRows",
      "area.unfilledRows",
    ]);
    expect(
      report.areas.map(({ code, rows, filledRows, unfilledRows }) => ({
        code,
        rows,
        filledRows,
        unfilledRows,
      }))
    ).toEqual([
      { code: "DJ", rows: 2, filledRows: 0, unfilledRows: 2 },
      { code: "SGR", rows: 1, filledRows: 0, unfilledRows: 1 },
      { code: "CI", rows: 0, filledRows: 0, unfilledRows: 0 },
    ]);
  });

  it("counts the unfilled rows of a partly filled area, without their per-cell issues", () => {
    const rows = cleanRows();
    rows.DJ = [rows.DJ[0]];
    const snapshot = buildSnapshot(undefined, rows, { cutoff: "T2" });
    expect(runRule(unfilledRowsRule, snapshot)).toEqual([
      expect.objectContaining({ area: "DJ", cell: "C9", params: { count: 1, total: 2 } }),
    ]);
    const report = validateWorkbook(snapshot);
    expect(
      report.issues
        .filter((issue) => issue.row === 9 && issue.area === "DJ")
        .map((issue) => issue.code)
    ).toEqual(["area.unfilledRows"]);
  });

  it("ignores blank rows and still counts a row holding only the generated defaults", () => {
    const snapshot = cleanSnapshot({
      DJ: { 2: { ID: "DJ-03", Sentido: "Descendente", "Estado del reporte": "Borrador" }, 3: {} },
    });
    expect(runRule(unfilledRowsRule, snapshot)).toEqual([
      expect.objectContaining({ cell: "C10", params: { count: 1, total: 3 } }),
    ]);
  });

  it("treats a row with any other input typed as filled", () => {
    const snapshot = cleanSnapshot({ DJ: { 2: { ID: "DJ-03", Observaciones: "pendiente" } } });
    expect(runRule(unfilledRowsRule, snapshot)).toEqual([]);
    expect(
      validateWorkbook(snapshot).issues.some(
        (issue) => issue.code === "required.empty" && issue.cell === "C10"
      )
    ).toBe(true);
  });
});
