import { headersRule } from "../../../../src/core/validation/rules/headersRule";
import { validateWorkbook } from "../../../../src/core/validation/validateWorkbook";
import { sampleTemplate } from "../../../support/sampleTemplate";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";
import { dropColumn, renameHeader, swapColumns, tableOf } from "../tableEdits";

describe("headersRule", () => {
  it("accepts extra user columns and another order of columns", () => {
    const snapshot = cleanSnapshot();
    const table = tableOf(snapshot, "DJ");
    swapColumns(table, "Evidencias", "Observaciones");
    table.headers.push("Notas de Ana");
    table.rows.forEach((row) => row.push({ kind: "text", value: "ok" }));
    expect(runRule(headersRule, snapshot)).toEqual([]);
    expect(validateWorkbook(snapshot).summary.errors).toBe(0);
  });

  it("reports a required header that is missing, and no cell issues for that column", () => {
    const snapshot = cleanSnapshot({ DJ: { 0: { Responsable: null } } });
    dropColumn(tableOf(snapshot, "DJ"), "Responsable");
    const issues = runRule(headersRule, snapshot);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "structure.missingHeader",
        area: "DJ",
        column: "Responsable",
        row: 7,
        cell: null,
        params: { table: "T_DJ" },
      }),
    ]);
    expect(
      validateWorkbook(snapshot).issues.filter((issue) => issue.code === "required.empty")
    ).toEqual([]);
  });

  it("points at a header that differs only in case, accents or spaces", () => {
    const snapshot = cleanSnapshot();
    renameHeader(tableOf(snapshot, "SGR"), "Línea base", "linea  base ");
    const [issue] = runRule(headersRule, snapshot);
    expect(issue).toMatchObject({
      code: "structure.missingHeader",
      area: "SGR",
      column: "Línea base",
      cell: "J7",
      params: { variant: "similar", similar: "linea  base ", similarCell: "J7" },
    });
  });

  it("requires the template's required extra columns but not its optional ones", () => {
    const template = sampleTemplate({
      extraColumns: [
        { header: "Proyecto", type: "text", required: true },
        { header: "Nota", type: "text", required: false },
      ],
    });
    const snapshot = cleanSnapshot({}, {}, template);
    dropColumn(tableOf(snapshot, "DJ"), "Proyecto");
    dropColumn(tableOf(snapshot, "DJ"), "Nota");
    expect(runRule(headersRule, snapshot).map((issue) => issue.column)).toEqual(["Proyecto"]);
  });
});
