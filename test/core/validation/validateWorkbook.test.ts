import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import { buildSnapshot } from "../../support/buildSnapshot";
import { cleanSnapshot } from "./cleanSnapshot";

describe("validateWorkbook", () => {
  it("finds nothing in a correctly filled plan, and counts its rows", () => {
    const report = validateWorkbook(cleanSnapshot());
    expect(report.issues).toEqual([]);
    expect(report.summary).toEqual({
      areas: 3,
      rows: 3,
      filledRows: 3,
      errors: 0,
      warnings: 0,
      fixable: 0,
    });
    expect(report.areas).toEqual([
      {
        code: "DJ",
        name: "Dirección Jurídica",
        sheet: "3.1 Dirección Jurídica",
        rows: 2,
        filledRows: 2,
        unfilledRows: 0,
        errors: 0,
        warnings: 0,
      },
      {
        code: "SGR",
        name: "Sistema General de Regalías – SGR",
        sheet: "3.1.1 Sistema General Regalías",
        rows: 1,
        filledRows: 1,
        unfilledRows: 0,
        errors: 0,
        warnings: 0,
      },
      {
        code: "CI",
        name: "Control Interno",
        sheet: "6.1 Control Interno",
        rows: 0,
        filledRows: 0,
        unfilledRows: 0,
        errors: 0,
        warnings: 0,
      },
    ]);
  });

  it("says a freshly generated workbook is not valid, one issue per area to fill", () => {
    const report = validateWorkbook(buildSnapshot());
    expect(report.summary).toMatchObject({ errors: 2, warnings: 0, filledRows: 0, rows: 3 });
    expect(report.issues.every((issue) => issue.code === "area.unfilledRows")).toBe(true);
  });

  it("orders issues: structure first, then areas in template order, area summaries first, then row and column", () => {
    const snapshot = cleanSnapshot(
      {
        SGR: { 0: { Meta: -1, Actividad: null } },
        DJ: {
          0: { "Fecha fin": "15/12/2021", Actividad: null },
          1: { Ponderación: 0.3, ID: "SGR-01" },
        },
      },
      { cutoff: "T9" }
    );
    // Areas listed out of template order in the snapshot: the report still follows the template.
    snapshot.tables.reverse();
    const report = validateWorkbook(snapshot);
    expect(
      report.issues.map((issue) => `${issue.code}@${issue.area ?? "-"}!${issue.cell ?? "-"}`)
    ).toEqual([
      "structure.badCutoff@-!B6",
      "weights.notHundred@DJ!T8",
      "required.empty@DJ!C8",
      "date.asText@DJ!W8",
      "id.duplicate@SGR!A8",
      "required.empty@SGR!C8",
      "goal.notPositive@SGR!K8",
    ]);
  });

  it("counts errors, warnings and fixable issues per area and overall", () => {
    const report = validateWorkbook(
      cleanSnapshot({
        DJ: { 0: { Meta: "4", Evidencias: null } },
        SGR: { 0: { "Estado del reporte": "Borrador" } },
      })
    );
    expect(report.summary).toMatchObject({ errors: 1, warnings: 2, fixable: 1 });
    expect(report.areas.map(({ code, errors, warnings }) => [code, errors, warnings])).toEqual([
      ["DJ", 1, 1],
      ["SGR", 0, 1],
      ["CI", 0, 0],
    ]);
  });

  it("gives every issue the fields of SPEC §4 (severity, code, sheet, area, row, column, cell, value) and its row's ID", () => {
    const [issue] = validateWorkbook(cleanSnapshot({ SGR: { 0: { Meta: 0 } } })).issues;
    expect(issue).toEqual({
      severity: "error",
      code: "goal.notPositive",
      sheet: "3.1.1 Sistema General Regalías",
      area: "SGR",
      row: 8,
      id: "SGR-01",
      column: "Meta",
      cell: "K8",
      value: 0,
      params: {},
    });
  });

  it("names each row issue's row by its ID as typed (trimmed, a number as its digits), and no ID elsewhere", () => {
    const snapshot = cleanSnapshot({
      DJ: { 0: { ID: "  dj-07 ", Meta: 0 }, 1: { ID: 12, Meta: 0 } },
      SGR: { 0: { ID: null } },
    });
    delete snapshot.names.Corte;
    const report = validateWorkbook(snapshot);
    expect(report.issues.map((issue) => [issue.code, issue.cell, issue.id])).toEqual([
      ["structure.noConfiguration", null, undefined],
      ["goal.notPositive", "K8", "dj-07"],
      ["goal.notPositive", "K9", "12"],
      ["required.empty", "A8", undefined],
    ]);
  });

  it("is pure: validating twice gives the same report and leaves the snapshot untouched", () => {
    const snapshot = cleanSnapshot({ DJ: { 0: { Meta: "1.000" } } });
    const copy = JSON.parse(JSON.stringify(snapshot));
    expect(validateWorkbook(snapshot)).toEqual(validateWorkbook(snapshot));
    expect(snapshot).toEqual(copy);
  });
});
