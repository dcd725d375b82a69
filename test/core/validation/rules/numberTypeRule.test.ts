import { numberTypeRule } from "../../../../src/core/validation/rules/numberTypeRule";
import { dateSerial } from "../../../../src/core/workbook/dateSerial";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

const DJ = "3.1 Dirección Jurídica";

describe("numberTypeRule", () => {
  it("accepts numbers and blanks", () => {
    expect(runRule(numberTypeRule, cleanSnapshot({ DJ: { 0: { "Línea base": null } } }))).toEqual(
      []
    );
  });

  it("offers the number as the fix for a number typed as text, the es-CO way", () => {
    const snapshot = cleanSnapshot({
      DJ: {
        0: {
          Meta: "1.000",
          "Programado T1": "0,8",
          Ponderación: "60 %",
          Presupuesto: "$ 1.200.000",
        },
      },
    });
    const issues = runRule(numberTypeRule, snapshot);
    expect(issues.map((issue) => [issue.code, issue.cell, issue.value, issue.fix])).toEqual([
      ["number.asText", "K8", "1.000", { sheet: DJ, cell: "K8", value: 1000 }],
      ["number.asText", "L8", "0,8", { sheet: DJ, cell: "L8", value: 0.8 }],
      ["number.asText", "T8", "60 %", { sheet: DJ, cell: "T8", value: 0.6 }],
      ["number.asText", "X8", "$ 1.200.000", { sheet: DJ, cell: "X8", value: 1_200_000 }],
    ]);
    expect(issues[0].params).toEqual({ fixed: 1000 });
  });

  it("gives no fix for an ambiguous text and says both readings", () => {
    const [issue] = runRule(numberTypeRule, cleanSnapshot({ SGR: { 0: { Meta: "1,234" } } }));
    expect(issue).toMatchObject({
      code: "number.asText",
      cell: "K8",
      params: { variant: "ambiguous", first: 1.234, second: 1234 },
    });
    expect(issue.fix).toBeUndefined();
  });

  it("gives no fix when the only reading is implausible for the column (a 1000 weight)", () => {
    const [issue] = runRule(numberTypeRule, cleanSnapshot({ DJ: { 0: { Ponderación: "1.000" } } }));
    expect(issue).toMatchObject({
      code: "number.asText",
      cell: "T8",
      params: { variant: "implausible", reading: 1000 },
    });
    expect(issue.fix).toBeUndefined();
  });

  it("reports words, booleans and dates in number cells as not numbers", () => {
    const snapshot = cleanSnapshot({
      DJ: {
        0: { Meta: "cuatro", "Ejecutado T1": true, "Línea base": { date: dateSerial(2021, 3, 1) } },
      },
    });
    expect(
      runRule(numberTypeRule, snapshot).map((issue) => [issue.code, issue.cell, issue.value])
    ).toEqual([
      ["number.invalid", "J8", "01/03/2021"],
      ["number.invalid", "K8", "cuatro"],
      ["number.invalid", "P8", true],
    ]);
  });

  it("does not overwrite a formula that returns text: no fix", () => {
    const [issue] = runRule(
      numberTypeRule,
      cleanSnapshot({ DJ: { 0: { Meta: { kind: "text", value: "4", formula: 'TEXT(4,"0")' } } } })
    );
    expect(issue).toMatchObject({ code: "number.asText", cell: "K8" });
    expect(issue.fix).toBeUndefined();
  });
});
