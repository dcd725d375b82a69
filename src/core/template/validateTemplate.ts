/**
 * The schema check of a template document (SPEC §2): every problem names its field, so a planner who edits the
 * JSON by hand is told exactly what to change. Returns the typed template only when there is no problem.
 */
import { HEADERS, executedHeader, programmedHeader } from "../workbook/areaColumns";
import {
  MAX_SHEET_NAME,
  RESERVED_AREA_CODES,
  SHEET,
  sheetNameProblem,
} from "../workbook/sheetNames";
import {
  PERIOD_COUNTS,
  TEMPLATE_SCHEMA_VERSION,
  Template,
  UNIT_NUMBER,
  UNIT_PERCENT,
  DIRECTION_DOWN,
  DIRECTION_UP,
} from "./Template";
import { TemplateProblem } from "./TemplateProblem";

type Json = unknown;
type JsonObject = Record<string, Json>;

const AREA_CODE = /^[A-Za-z][A-Za-z0-9]{0,19}$/;
const TEMPLATE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const EXTRA_TYPES = ["text", "number", "percentage", "date", "list"];
const STANDARD_LISTS = ["indicatorType", "unit", "direction", "reportStatus"];

function typeName(value: Json): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

class Checker {
  readonly problems: TemplateProblem[] = [];

  add(problem: TemplateProblem): void {
    this.problems.push(problem);
  }

  /** The field's value when it exists with the expected JSON type; otherwise records why not. */
  field(
    object: JsonObject,
    key: string,
    path: string,
    expected: "string" | "number" | "object" | "array" | "boolean",
    optional = false
  ): Json {
    const field = path ? `${path}.${key}` : key;
    if (!(key in object) || object[key] === undefined) {
      if (!optional)
        this.add({ code: "template.missingField", field, expected: expectedText(expected) });
      return undefined;
    }
    const value = object[key];
    const actual = typeName(value);
    const matches =
      expected === "array"
        ? Array.isArray(value)
        : expected === "object"
          ? actual === "object"
          : actual === expected;
    if (!matches) {
      this.add({
        code: "template.wrongType",
        field,
        expected: expectedText(expected),
        actual: actual === "string" ? `"${String(value)}"` : actual,
      });
      return undefined;
    }
    return value;
  }

  text(object: JsonObject, key: string, path: string, optional = false): string | undefined {
    const value = this.field(object, key, path, "string", optional) as string | undefined;
    if (value !== undefined && value.trim() === "" && !optional) {
      this.add({
        code: "template.invalidValue",
        field: join(path, key),
        actual: '""',
        expected: "un texto no vacío / a non-empty text",
      });
      return undefined;
    }
    return value;
  }

  integer(
    object: JsonObject,
    key: string,
    path: string,
    min: number,
    max: number
  ): number | undefined {
    const value = this.field(object, key, path, "number") as number | undefined;
    if (value === undefined) return undefined;
    if (!Number.isInteger(value) || value < min || value > max) {
      this.add({
        code: "template.invalidValue",
        field: join(path, key),
        actual: String(value),
        expected: `${min}–${max}`,
      });
      return undefined;
    }
    return value;
  }

  strings(object: JsonObject, key: string, path: string): string[] | undefined {
    const value = this.field(object, key, path, "array") as Json[] | undefined;
    if (value === undefined) return undefined;
    const field = join(path, key);
    value.forEach((item, index) => {
      if (typeof item !== "string" || item.trim() === "") {
        this.add({
          code: "template.wrongType",
          field: `${field}[${index}]`,
          expected: expectedText("string"),
          actual: typeName(item),
        });
      }
    });
    this.unique(
      value.filter((item): item is string => typeof item === "string"),
      field
    );
    return value as string[];
  }

  unique(values: string[], field: string): void {
    const seen = new Set<string>();
    for (const value of values) {
      const key = value.toLowerCase();
      if (seen.has(key)) this.add({ code: "template.duplicate", field, actual: value });
      seen.add(key);
    }
  }
}

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

function expectedText(expected: string): string {
  const names: Record<string, string> = {
    string: "texto / text",
    number: "número / number",
    object: "objeto / object",
    array: "lista / array",
    boolean: "true/false",
  };
  return names[expected] ?? expected;
}

function checkPeriods(checker: Checker, root: JsonObject): void {
  const periods = checker.field(root, "periods", "", "object") as JsonObject | undefined;
  if (!periods) return;
  const kind = checker.text(periods, "kind", "periods");
  const labels = checker.strings(periods, "labels", "periods");
  if (kind !== undefined && !(kind in PERIOD_COUNTS)) {
    checker.add({
      code: "template.invalidValue",
      field: "periods.kind",
      actual: kind,
      expected: Object.keys(PERIOD_COUNTS).join(", "),
    });
  } else if (
    kind !== undefined &&
    labels &&
    labels.length !== PERIOD_COUNTS[kind as keyof typeof PERIOD_COUNTS]
  ) {
    checker.add({
      code: "template.invalidValue",
      field: "periods.labels",
      actual: `${labels.length}`,
      expected: `${PERIOD_COUNTS[kind as keyof typeof PERIOD_COUNTS]} (${kind})`,
    });
  }
}

function checkBands(checker: Checker, root: JsonObject): void {
  const bands = checker.field(root, "bands", "", "object") as JsonObject | undefined;
  if (!bands) return;
  const green = checker.field(bands, "green", "bands", "number") as number | undefined;
  const yellow = checker.field(bands, "yellow", "bands", "number") as number | undefined;
  const over = checker.field(bands, "overExecution", "bands", "number") as number | undefined;
  if (
    green !== undefined &&
    yellow !== undefined &&
    !(yellow > 0 && yellow < green && green <= 1)
  ) {
    checker.add({
      code: "template.invalidValue",
      field: "bands",
      actual: `green ${green}, yellow ${yellow}`,
      expected: "0 < yellow < green ≤ 1",
    });
  }
  if (over !== undefined && over < 1)
    checker.add({
      code: "template.invalidValue",
      field: "bands.overExecution",
      actual: String(over),
      expected: "≥ 1",
    });
}

function checkLists(checker: Checker, root: JsonObject): Set<string> {
  const lists = checker.field(root, "lists", "", "object") as JsonObject | undefined;
  const names = new Set<string>();
  if (!lists) return names;
  for (const key of STANDARD_LISTS) checker.strings(lists, key, "lists");
  for (const key of Object.keys(lists)) {
    names.add(key);
    if (!STANDARD_LISTS.includes(key)) checker.strings(lists, key, "lists");
  }
  const requireValues = (key: string, required: string[]): void => {
    const values = lists[key];
    if (!Array.isArray(values)) return;
    const missing = required.filter((value) => !values.includes(value));
    if (missing.length > 0)
      checker.add({
        code: "template.invalidValue",
        field: `lists.${key}`,
        actual: missing.join(", ") + " ∉",
        expected: required.join(", "),
      });
  };
  requireValues("unit", [UNIT_NUMBER, UNIT_PERCENT]);
  requireValues("direction", [DIRECTION_UP, DIRECTION_DOWN]);
  return names;
}

function checkExtraColumns(
  checker: Checker,
  root: JsonObject,
  listNames: Set<string>,
  periodLabels: string[]
): void {
  const extras = checker.field(root, "extraColumns", "", "array") as Json[] | undefined;
  if (!extras) return;
  const standard = new Set<string>(
    [
      ...Object.values(HEADERS),
      ...periodLabels.flatMap((label) => [programmedHeader(label), executedHeader(label)]),
    ].map((h) => h.toLowerCase())
  );
  extras.forEach((extra, index) => {
    const path = `extraColumns[${index}]`;
    if (typeName(extra) !== "object") {
      checker.add({
        code: "template.wrongType",
        field: path,
        expected: expectedText("object"),
        actual: typeName(extra),
      });
      return;
    }
    const column = extra as JsonObject;
    const header = checker.text(column, "header", path);
    if (header !== undefined && standard.has(header.toLowerCase()))
      checker.add({ code: "template.duplicate", field: `${path}.header`, actual: header });
    const type = checker.text(column, "type", path);
    if (type !== undefined && !EXTRA_TYPES.includes(type))
      checker.add({
        code: "template.invalidValue",
        field: `${path}.type`,
        actual: type,
        expected: EXTRA_TYPES.join(", "),
      });
    checker.field(column, "required", path, "boolean");
    const list = checker.text(column, "list", path, type !== "list");
    if (type === "list" && list !== undefined && !listNames.has(list))
      checker.add({ code: "template.unknownReference", field: `${path}.list`, actual: list });
  });
  checker.unique(
    extras.flatMap((extra) =>
      typeName(extra) === "object" && typeof (extra as JsonObject).header === "string"
        ? [(extra as JsonObject).header as string]
        : []
    ),
    "extraColumns[].header"
  );
}

function checkStructure(checker: Checker, root: JsonObject, options: TemplateCheckOptions): void {
  const macroprocesses = checker.field(root, "macroprocesses", "", "array") as Json[] | undefined;
  if (!macroprocesses) return;
  const codes: string[] = [];
  const macroCodes: { field: string; code: string }[] = [];
  const parents: { field: string; code: string }[] = [];
  const sheetNames: { field: string; name: string }[] = [];
  let areaCount = 0;
  macroprocesses.forEach((macro, m) => {
    const path = `macroprocesses[${m}]`;
    if (typeName(macro) !== "object") {
      checker.add({
        code: "template.wrongType",
        field: path,
        expected: expectedText("object"),
        actual: typeName(macro),
      });
      return;
    }
    const macroprocess = macro as JsonObject;
    const macroCode = checker.text(macroprocess, "code", path);
    if (macroCode !== undefined) macroCodes.push({ field: `${path}.code`, code: macroCode });
    checker.text(macroprocess, "name", path);
    const areas = checker.field(macroprocess, "areas", path, "array") as Json[] | undefined;
    (areas ?? []).forEach((item, a) => {
      const areaPath = `${path}.areas[${a}]`;
      if (typeName(item) !== "object") {
        checker.add({
          code: "template.wrongType",
          field: areaPath,
          expected: expectedText("object"),
          actual: typeName(item),
        });
        return;
      }
      areaCount++;
      const area = item as JsonObject;
      const code = checker.text(area, "code", areaPath);
      if (code !== undefined) {
        if (!AREA_CODE.test(code) || RESERVED_AREA_CODES.includes(code.toUpperCase()))
          checker.add({ code: "template.illegalCode", field: `${areaPath}.code`, actual: code });
        codes.push(code);
      }
      checker.text(area, "name", areaPath);
      checker.text(area, "section", areaPath);
      checker.text(area, "note", areaPath, true);
      checker.strings(area, "objectives", areaPath);
      const parent = checker.text(area, "parent", areaPath, true);
      if (parent !== undefined) parents.push({ field: `${areaPath}.parent`, code: parent });
      const sheetName = checker.text(area, "sheetName", areaPath, true);
      if (sheetName !== undefined) {
        const problem = sheetNameProblem(sheetName);
        if (problem) {
          const expected =
            problem === "tooLong"
              ? `≤ ${MAX_SHEET_NAME} caracteres / characters`
              : "sin / without / \\ ? * : [ ] ' ";
          checker.add({
            code: "template.illegalSheetName",
            field: `${areaPath}.sheetName`,
            actual: sheetName,
            expected,
          });
        }
        sheetNames.push({ field: `${areaPath}.sheetName`, name: sheetName });
      }
    });
  });
  if (areaCount === 0 && checker.problems.length === 0)
    checker.add({ code: "template.noAreas", field: "macroprocesses" });
  checker.unique(codes, "macroprocesses[].areas[].code");
  const known = new Set(codes.map((code) => code.toLowerCase()));
  // A macroprocess code is unique and, in a new template, never an area's code (ignoring case): reports show both
  // side by side. A template stored in a workbook may have one (plans generated before the codes were set apart
  // must stay readable).
  const macroSeen = new Set<string>();
  for (const { field, code } of macroCodes) {
    const key = code.toLowerCase();
    if (macroSeen.has(key) || (!options.stored && known.has(key)))
      checker.add({ code: "template.duplicate", field, actual: code });
    macroSeen.add(key);
  }
  for (const { field, code } of parents)
    if (!known.has(code.toLowerCase()))
      checker.add({ code: "template.unknownReference", field, actual: code });
  const reserved = new Set(Object.values(SHEET).map((name) => name.toLowerCase()));
  for (const { field, name } of sheetNames)
    if (reserved.has(name.toLowerCase()))
      checker.add({ code: "template.duplicate", field, actual: name });
  checker.unique(
    sheetNames.map(({ name }) => name),
    "macroprocesses[].areas[].sheetName"
  );
}

/** `stored`: the template a workbook keeps (very hidden sheet), read with the leniency old workbooks need. */
export type TemplateCheckOptions = { stored?: boolean };

export function validateTemplate(
  document: Json,
  options: TemplateCheckOptions = {}
): {
  template: Template | null;
  problems: TemplateProblem[];
} {
  const checker = new Checker();
  if (typeName(document) !== "object") {
    checker.add({
      code: "template.wrongType",
      field: "(documento / document)",
      expected: expectedText("object"),
      actual: typeName(document),
    });
    return { template: null, problems: checker.problems };
  }
  const root = document as JsonObject;
  const schemaVersion = checker.field(root, "schemaVersion", "", "number");
  if (schemaVersion !== undefined && schemaVersion !== TEMPLATE_SCHEMA_VERSION) {
    checker.add({
      code: "template.unsupportedSchema",
      field: "schemaVersion",
      actual: String(schemaVersion),
      expected: String(TEMPLATE_SCHEMA_VERSION),
    });
  }
  const templateId = checker.text(root, "templateId", "");
  if (templateId !== undefined && !TEMPLATE_ID.test(templateId))
    checker.add({
      code: "template.invalidValue",
      field: "templateId",
      actual: templateId,
      expected: "letras, dígitos, . _ - / letters, digits, . _ -",
    });
  checker.integer(root, "templateVersion", "", 1, 1_000_000);
  checker.field(root, "organisation", "", "string");
  checker.integer(root, "year", "", 2000, 2100);
  checkPeriods(checker, root);
  checkBands(checker, root);
  const listNames = checkLists(checker, root);
  const periods = root.periods as { labels?: unknown } | undefined;
  const labels = Array.isArray(periods?.labels)
    ? periods.labels.filter((label): label is string => typeof label === "string")
    : [];
  checkExtraColumns(checker, root, listNames, labels);
  checkStructure(checker, root, options);
  return checker.problems.length === 0
    ? { template: root as Template, problems: [] }
    : { template: null, problems: checker.problems };
}

/**
 * Where `JSON.parse` stopped, as a line and column of the text: the parser's message is English and may quote the
 * file's bytes (control characters included), so only its position is kept. V8 states it ("at position 12"), or
 * names the unexpected token (its first occurrence), or the end of the text ("Unexpected end of JSON input").
 */
function jsonErrorAt(text: string, error: unknown): { line: number; column: number } {
  const message = error instanceof Error ? error.message : "";
  const position = /position (\d+)/.exec(message);
  const token = /^Unexpected token '(.)'/su.exec(message);
  const at = position
    ? Math.min(Number(position[1]), text.length)
    : token && text.includes(token[1])
      ? text.indexOf(token[1])
      : text.length;
  const before = text.slice(0, at).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** JSON text → template, with JSON syntax errors reported as a problem rather than thrown. */
export function parseTemplateJson(
  text: string,
  options: TemplateCheckOptions = {}
): {
  template: Template | null;
  problems: TemplateProblem[];
} {
  let document: Json;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return {
      template: null,
      problems: [{ code: "template.notJson", field: "", ...jsonErrorAt(text, error) }],
    };
  }
  return validateTemplate(document, options);
}
