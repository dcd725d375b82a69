import { parseTemplateJson, validateTemplate } from "../../../src/core/template/validateTemplate";
import { formatMessage } from "../../../src/core/messages/formatMessage";
import { templateMessages } from "../../../src/core/messages/catalog/templateMessages";
import { sampleTemplate } from "../../support/sampleTemplate";

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("validateTemplate", () => {
  it("accepts a well-formed template and returns it", () => {
    const template = sampleTemplate();
    expect(validateTemplate(clone(template))).toEqual({ template, problems: [] });
  });

  it("names a missing field by its path", () => {
    const document = clone(sampleTemplate()) as unknown as Record<string, unknown>;
    delete document.year;
    const { template, problems } = validateTemplate(document);
    expect(template).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({ code: "template.missingField", field: "year" }),
    ]);
  });

  it("names a wrong type deep in the structure", () => {
    const document = clone(sampleTemplate());
    (document.macroprocesses[0].areas[1] as unknown as Record<string, unknown>).objectives =
      "uno, dos";
    const { problems } = validateTemplate(document);
    expect(problems).toEqual([
      expect.objectContaining({
        code: "template.wrongType",
        field: "macroprocesses[0].areas[1].objectives",
        actual: '"uno, dos"',
      }),
    ]);
    const message = formatMessage(templateMessages, "es", problems[0].code, {
      field: problems[0].field,
      expected: problems[0].expected ?? "",
      actual: problems[0].actual ?? "",
    });
    expect(message).toContain("macroprocesses[0].areas[1].objectives");
  });

  it.each([
    ["D J", "space"],
    ["1DJ", "leading digit"],
    ["DJ/2", "slash"],
    ["Á", "accent"],
    ["ABCDEFGHIJKLMNOPQRSTU", "21 characters"],
    ["matriz", "the matrix's own table"],
  ])("rejects the area code %p (%s) that cannot name a table", (code) => {
    const document = clone(sampleTemplate());
    document.macroprocesses[0].areas[0].code = code;
    document.macroprocesses[0].areas[1].parent = code;
    const { problems } = validateTemplate(document);
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: "template.illegalCode",
        field: "macroprocesses[0].areas[0].code",
        actual: code,
      })
    );
  });

  it("rejects an explicit sheet name over 31 characters or with illegal characters", () => {
    const document = clone(sampleTemplate());
    document.macroprocesses[0].areas[0].sheetName = "3.1 Dirección Jurídica y de Defensa Judicial";
    document.macroprocesses[0].areas[1].sheetName = "SGR: regalías";
    const { problems } = validateTemplate(document);
    expect(problems.map((problem) => [problem.code, problem.field])).toEqual([
      ["template.illegalSheetName", "macroprocesses[0].areas[0].sheetName"],
      ["template.illegalSheetName", "macroprocesses[0].areas[1].sheetName"],
    ]);
  });

  it("rejects duplicate area codes ignoring case, unknown parents and sheet names that clash with fixed sheets", () => {
    const document = clone(sampleTemplate());
    document.macroprocesses[1].areas[0].code = "dj";
    document.macroprocesses[0].areas[1].parent = "XX";
    document.macroprocesses[0].areas[0].sheetName = "Matriz";
    const codes = validateTemplate(document).problems.map((problem) => problem.code);
    expect(codes).toEqual(
      expect.arrayContaining(["template.duplicate", "template.unknownReference"])
    );
    expect(codes.filter((code) => code === "template.duplicate")).toHaveLength(2);
  });

  it("rejects a macroprocess code that repeats another or names an area (ignoring case)", () => {
    const document = clone(sampleTemplate());
    document.macroprocesses[0].code = "dj";
    const clash = validateTemplate(document).problems;
    expect(clash.map((problem) => [problem.code, problem.field, problem.actual])).toEqual([
      ["template.duplicate", "macroprocesses[0].code", "dj"],
    ]);
    // The template a workbook already stores may have one: plans generated before the rule stay readable.
    expect(validateTemplate(document, { stored: true }).problems).toEqual([]);
    document.macroprocesses[0].code = "smc";
    const repeated = validateTemplate(document).problems;
    expect(repeated.map((problem) => [problem.code, problem.field, problem.actual])).toEqual([
      ["template.duplicate", "macroprocesses[1].code", "SMC"],
    ]);
  });

  it("checks periods, bands, lists and extra columns", () => {
    const document = clone(sampleTemplate()) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- deliberately malformed document
    document.periods = { kind: "T", labels: ["T1", "T2", "T3"] };
    document.bands = { green: 0.5, yellow: 0.6, overExecution: 1.2 };
    document.lists.unit = ["Número"];
    document.extraColumns = [
      { header: "Meta", type: "number", required: false },
      { header: "Fuente", type: "list", list: "fuentes", required: true },
    ];
    const fields = validateTemplate(document).problems.map(
      (problem) => `${problem.code} ${problem.field}`
    );
    expect(fields).toEqual([
      "template.invalidValue periods.labels",
      "template.invalidValue bands",
      "template.invalidValue lists.unit",
      "template.duplicate extraColumns[0].header",
      "template.unknownReference extraColumns[1].list",
    ]);
  });

  it("rejects an unknown schema version and a document that is not an object", () => {
    expect(
      validateTemplate({ ...clone(sampleTemplate()), schemaVersion: 2 }).problems[0]
    ).toMatchObject({ code: "template.unsupportedSchema", actual: "2" });
    expect(validateTemplate([1, 2]).problems[0]).toMatchObject({
      code: "template.wrongType",
      actual: "array",
    });
  });

  it("reports JSON syntax errors as a problem instead of throwing", () => {
    const { template, problems } = parseTemplateJson('{ "schemaVersion": 1, ');
    expect(template).toBeNull();
    expect(problems[0].code).toBe("template.notJson");
  });

  it("accepts a UTF-8 byte-order mark", () => {
    expect(parseTemplateJson("\uFEFF" + JSON.stringify(sampleTemplate())).problems).toEqual([]);
  });
});
