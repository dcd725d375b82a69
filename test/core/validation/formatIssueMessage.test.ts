import { IssueCode, issueMessages } from "../../../src/core/messages/catalog/issueMessages";
import { formatIssueMessage } from "../../../src/core/validation/formatIssueMessage";
import { Issue } from "../../../src/core/validation/Issue";
import { RULES } from "../../../src/core/validation/rules";
import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import { cleanSnapshot } from "./cleanSnapshot";

const issue = (fields: Partial<Issue>): Issue => ({
  severity: "error",
  code: "required.empty",
  sheet: "3.1 DJ",
  area: "DJ",
  row: 8,
  column: "Meta",
  cell: "K8",
  value: null,
  params: {},
  ...fields,
});

describe("formatIssueMessage", () => {
  it("fills the issue's own cell, column, value, sheet, area and row", () => {
    expect(formatIssueMessage(issue({}), "es")).toBe(
      "Falta «Meta» en K8. Es un dato obligatorio: escríbalo."
    );
    expect(formatIssueMessage(issue({}), "en")).toBe(
      "“Meta” is missing in K8. It is required: fill it in."
    );
  });

  it("picks the variant named by params.variant, and the code's text for an unknown variant", () => {
    const weighted = issue({ column: "Ponderación", cell: "T8", params: { variant: "weighted" } });
    expect(formatIssueMessage(weighted, "es")).toContain("El área pondera sus filas");
    expect(formatIssueMessage(issue({ params: { variant: "nope" } }), "es")).toBe(
      "Falta «Meta» en K8. Es un dato obligatorio: escríbalo."
    );
  });

  it("writes numbers the language's way", () => {
    const ambiguous = issue({
      code: "number.asText",
      value: "1,234",
      params: { variant: "ambiguous", first: 1.234, second: 1234 },
    });
    expect(formatIssueMessage(ambiguous, "es")).toContain(
      "puede leerse de dos formas: 1,234 (con coma decimal) o 1.234 (con coma de miles)."
    );
    expect(formatIssueMessage(ambiguous, "en")).toContain(
      "it reads two ways: 1.234 (with a decimal comma) or 1,234 (with a thousands comma)."
    );
    const sum = issue({
      code: "programming.sumMismatch",
      params: { sum: 1234.5, goal: 1000, first: "Programado T1", last: "Programado T4" },
    });
    expect(formatIssueMessage(sum, "es")).toContain("suma 1.234,5, pero la «Meta» es 1.000");
  });

  it("shows booleans as Excel does", () => {
    expect(formatIssueMessage(issue({ code: "number.invalid", value: true }), "es")).toContain(
      "contiene «VERDADERO»"
    );
    expect(formatIssueMessage(issue({ code: "number.invalid", value: false }), "en")).toContain(
      "holds “FALSE”"
    );
  });

  it("leaves no placeholder unfilled in the messages of a report full of problems", () => {
    const snapshot = cleanSnapshot(
      {
        DJ: {
          0: {
            Meta: "1,234",
            "Fecha fin": "03/15/2021",
            "Unidad de medida": "numero",
            "Ejecutado T3": 2,
            "% Cumplimiento": 1,
          },
          1: { "Programado T4": 0.9, Evidencias: null, "Línea base": -1 },
        },
        SGR: {
          0: {
            ID: "DJ-01",
            "Estado del reporte": "Borrador",
            Ponderación: 3,
            "Fecha inicio": "15/03/21",
            "Ejecutado T2": null,
          },
        },
      },
      {}
    );
    const report = validateWorkbook(snapshot);
    expect(report.issues.length).toBeGreaterThan(10);
    for (const found of report.issues) {
      for (const language of ["es", "en"] as const)
        expect(formatIssueMessage(found, language)).not.toMatch(/\{\w+\}/);
    }
  });
});

describe("issueMessages", () => {
  it("has a Spanish and an English text for every code the rules emit, and every code is emitted by a rule", () => {
    const emitted = RULES.flatMap((rule) => rule.codes);
    const catalogued = Object.keys(issueMessages.es).filter(
      (key) => !/^[^.]+\.[^.]+\./.test(key)
    ) as IssueCode[];
    expect([...emitted].sort()).toEqual([...catalogued].sort());
    expect(new Set(emitted).size).toBe(emitted.length);
    expect(Object.keys(issueMessages.en).sort()).toEqual(Object.keys(issueMessages.es).sort());
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: string): string[] =>
      [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
    for (const key of Object.keys(issueMessages.es) as (keyof typeof issueMessages.es)[]) {
      expect([key, placeholders(issueMessages.en[key])]).toEqual([
        key,
        placeholders(issueMessages.es[key]),
      ]);
    }
  });
});
