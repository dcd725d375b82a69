import { duplicateIdRule } from "../../../../src/core/validation/rules/duplicateIdRule";
import { WorkbookSnapshot } from "../../../../src/core/workbook/WorkbookSnapshot";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

/** Each duplicate as [area, cell, where the first one is]. */
const places = (snapshot: WorkbookSnapshot): unknown[][] =>
  runRule(duplicateIdRule, snapshot).map((issue) => [
    issue.area,
    issue.cell,
    issue.params.firstCell,
  ]);

describe("duplicateIdRule", () => {
  it("accepts unique IDs", () => {
    expect(runRule(duplicateIdRule, cleanSnapshot())).toEqual([]);
  });

  it("reports an ID used in another area, naming where the first one is", () => {
    const [issue] = runRule(duplicateIdRule, cleanSnapshot({ SGR: { 0: { ID: "DJ-02" } } }));
    expect(issue).toMatchObject({
      code: "id.duplicate",
      area: "SGR",
      sheet: "3.1.1 Sistema General Regalías",
      cell: "A8",
      value: "DJ-02",
      params: { firstSheet: "3.1 Dirección Jurídica", firstCell: "A9" },
    });
  });

  it("compares IDs trimmed and ignoring case, and reports every occurrence after the first", () => {
    const snapshot = cleanSnapshot({ DJ: { 1: { ID: " dj-01" } }, SGR: { 0: { ID: "DJ-01" } } });
    expect(places(snapshot)).toEqual([
      ["DJ", "A9", "A8"],
      ["SGR", "A8", "A8"],
    ]);
  });

  it("sees as one ID two that look the same: a zero-width space, a non-breaking hyphen, a minus sign, a BOM", () => {
    const snapshot = cleanSnapshot({
      DJ: { 1: { ID: "DJ\u201101\u200b" } },
      SGR: { 0: { ID: "\ufeffdj\u221201" } },
    });
    expect(places(snapshot)).toEqual([
      ["DJ", "A9", "A8"],
      ["SGR", "A8", "A8"],
    ]);
  });

  it("counts an unfilled row's ID as taken but reports only filled rows", () => {
    const snapshot = cleanSnapshot({ DJ: { 2: { ID: "DJ-01", Objetivo: "Otro objetivo" } } });
    expect(runRule(duplicateIdRule, snapshot)).toEqual([]);
  });
});
