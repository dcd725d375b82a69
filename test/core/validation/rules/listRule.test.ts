import { listRule } from "../../../../src/core/validation/rules/listRule";
import { sampleTemplate } from "../../../support/sampleTemplate";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

describe("listRule", () => {
  it("accepts the lists' values written exactly", () => {
    expect(
      runRule(
        listRule,
        cleanSnapshot({ DJ: { 0: { Sentido: "Descendente", "Estado del reporte": "Devuelto" } } })
      )
    ).toEqual([]);
  });

  it("fixes a value written with another case, accents or spaces to the list's own spelling", () => {
    const snapshot = cleanSnapshot({
      DJ: {
        0: {
          "Tipo de indicador": "eficacia",
          "Unidad de medida": "Numero",
          Sentido: "Ascendente ",
        },
      },
    });
    expect(
      runRule(listRule, snapshot).map((issue) => [
        issue.cell,
        issue.params.canonical,
        issue.fix?.value,
      ])
    ).toEqual([
      ["G8", "Eficacia", "Eficacia"],
      ["H8", "Número", "Número"],
      ["I8", "Ascendente", "Ascendente"],
    ]);
  });

  it("reports a value outside the list with the allowed values, and no fix", () => {
    const [issue] = runRule(
      listRule,
      cleanSnapshot({ SGR: { 0: { "Unidad de medida": "Unidades" } } })
    );
    expect(issue).toMatchObject({
      code: "list.outside",
      cell: "H8",
      value: "Unidades",
      params: { allowed: "Número, Porcentaje" },
    });
    expect(issue.fix).toBeUndefined();
  });

  it("reports a number where a list value belongs", () => {
    expect(runRule(listRule, cleanSnapshot({ SGR: { 0: { "Estado del reporte": 1 } } }))).toEqual([
      expect.objectContaining({ code: "list.outside", cell: "AA8", value: 1 }),
    ]);
  });

  it("checks the template's own list columns too", () => {
    const template = sampleTemplate({
      lists: { ...sampleTemplate().lists, fuente: ["Propia", "Regalías"] },
      extraColumns: [{ header: "Fuente", type: "list", list: "fuente", required: false }],
    });
    const issues = runRule(
      listRule,
      cleanSnapshot({ DJ: { 0: { Fuente: "Otra" }, 1: { Fuente: "regalias" } } }, {}, template)
    );
    expect(issues.map((issue) => [issue.column, issue.cell, issue.fix?.value ?? null])).toEqual([
      ["Fuente", "AB8", null],
      ["Fuente", "AB9", "Regalías"],
    ]);
  });
});
