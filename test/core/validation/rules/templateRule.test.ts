import { templateRule } from "../../../../src/core/validation/rules/templateRule";
import { validateWorkbook } from "../../../../src/core/validation/validateWorkbook";
import { sampleTemplate } from "../../../support/sampleTemplate";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

describe("templateRule", () => {
  it("accepts a workbook that carries a valid template", () => {
    expect(runRule(templateRule, cleanSnapshot())).toEqual([]);
  });

  it("reports a workbook without its template sheet", () => {
    const snapshot = { ...cleanSnapshot(), templateJson: undefined };
    const issues = runRule(templateRule, snapshot);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "structure.noTemplate",
        severity: "error",
        sheet: "Plantilla",
        cell: null,
      }),
    ]);
  });

  it("reports a template of a schema version it does not know, naming both versions", () => {
    const snapshot = {
      ...cleanSnapshot(),
      templateJson: JSON.stringify({ ...sampleTemplate(), schemaVersion: 99 }),
    };
    const [issue] = runRule(templateRule, snapshot);
    expect(issue).toMatchObject({
      code: "structure.unknownTemplateVersion",
      value: "99",
      params: { variant: "unsupportedSchema", found: "99", supported: "1" },
    });
  });

  it("reports a stored template that is not valid, naming the field", () => {
    const broken = { ...sampleTemplate(), periods: { kind: "T", labels: ["T1"] } };
    const [issue] = runRule(templateRule, {
      ...cleanSnapshot(),
      templateJson: JSON.stringify(broken),
    });
    expect(issue).toMatchObject({
      code: "structure.unknownTemplateVersion",
      params: { field: "periods.labels" },
    });
  });

  it("without a usable template, validation reports the structure only (nothing to check the areas against)", () => {
    const report = validateWorkbook({
      ...cleanSnapshot({ DJ: { 0: { Meta: -1 } } }),
      templateJson: "{not json",
    });
    expect(report.issues.map((issue) => issue.code)).toEqual(["structure.unknownTemplateVersion"]);
    expect(report.areas).toEqual([]);
  });
});
