/**
 * The layers are enforced by lint (eslint.config.mjs), so the rule is tested, not trusted: files that import against
 * core ← operations ← shells ← cli / taskpane, or touch Office.js outside the Office shell, are errors; imports in
 * the direction of the layers are not. The texts are linted as if they stood at the paths named (they need not exist).
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

type Lint = { filePath: string; messages: { ruleId: string | null; message: string }[] };

const LINT_TEXTS = path.join(__dirname, "..", "support", "lintTexts.js");

/** Each text's (rule, message) pairs, in order; one ESLint process for all (loading the config takes seconds). */
function lint(files: { filePath: string; code: string }[]): Lint["messages"][] {
  const output = execFileSync(process.execPath, [LINT_TEXTS], {
    input: JSON.stringify(files),
    encoding: "utf8",
  });
  return (JSON.parse(output) as Lint[]).map((lint) => lint.messages);
}

/** The rules that keep the layers; other rules (prettier, unused names) are not this test's business. */
const LAYER_RULES = [
  "@typescript-eslint/no-restricted-imports",
  "no-restricted-syntax",
  "no-restricted-globals",
  "no-restricted-properties",
];

const LAYERS_SAY = "the layers go core ← operations ← shells ← cli / taskpane";
const OFFICE_SAYS = "Office.js is used only in src/shells/office (OfficeHost)";

const against: { filePath: string; code: string; rule: string; says: string }[] = [
  {
    filePath: "src/core/validation/layerFixture.ts",
    code: 'import { validate } from "../../operations/validate";\nexport const run = validate;\n',
    rule: "@typescript-eslint/no-restricted-imports",
    says: `src/core must not import src/operations, src/shells, src/cli, src/taskpane: ${LAYERS_SAY}`,
  },
  {
    filePath: "src/core/layerFixture.ts",
    code: 'export const load = () => import("../shells/xlsx/FileHost");\n',
    rule: "no-restricted-syntax",
    says: `src/core must not import src/operations, src/shells, src/cli, src/taskpane: ${LAYERS_SAY}`,
  },
  {
    filePath: "src/operations/layerFixture.ts",
    code: 'import type { FileHost } from "../shells/xlsx/FileHost";\nexport type Host = FileHost;\n',
    rule: "@typescript-eslint/no-restricted-imports",
    says: `src/operations must not import src/shells, src/cli, src/taskpane: ${LAYERS_SAY}`,
  },
  {
    filePath: "src/shells/xlsx/layerFixture.ts",
    code: 'export { EXIT } from "../../cli/main";\n',
    rule: "@typescript-eslint/no-restricted-imports",
    says: `src/shells must not import src/cli, src/taskpane: ${LAYERS_SAY}`,
  },
  {
    filePath: "src/cli/layerFixture.ts",
    code: 'import { VERSION } from "../taskpane/version";\nexport const version = VERSION;\n',
    rule: "@typescript-eslint/no-restricted-imports",
    says: `src/cli must not import src/taskpane: ${LAYERS_SAY}`,
  },
  {
    filePath: "src/taskpane/flows/layerFixture.ts",
    code: 'export const load = () => import("../../cli/main");\n',
    rule: "no-restricted-syntax",
    says: `src/taskpane must not import src/cli: ${LAYERS_SAY}`,
  },
  {
    filePath: "src/taskpane/layerFixture.ts",
    code: "export const run = () => Excel.run(async (context) => context.sync());\n",
    rule: "no-restricted-globals",
    says: OFFICE_SAYS,
  },
  {
    filePath: "src/operations/officeFixture.ts",
    code: "export const ready = () => window.Office.onReady();\n",
    rule: "no-restricted-properties",
    says: OFFICE_SAYS,
  },
];

const along: { filePath: string; code: string }[] = [
  {
    filePath: "src/cli/commands/alongFixture.ts",
    code:
      'import { validate } from "../../operations/validate";\n' +
      'import { FileHost } from "../../shells/xlsx/FileHost";\n' +
      'import { DEFAULT_LANGUAGE } from "../../core/messages/Language";\n' +
      'export const all = [validate, FileHost, DEFAULT_LANGUAGE, () => import("./validateCommand")];\n',
  },
  {
    filePath: "src/shells/office/layerFixture.ts",
    code:
      'import { OperationError } from "../../operations/OperationError";\n' +
      "export const run = () => Excel.run(async (context) => context.sync());\n" +
      "export const error = OperationError;\n",
  },
  {
    filePath: "src/taskpane/index.tsx",
    code:
      'import { VERSION } from "./version";\n' +
      "Office.onReady(() => Office.context.requirements.isSetSupported(VERSION));\n",
  },
];

const results = lint([...against, ...along]);

test.each(against.map((file, i) => ({ ...file, messages: results[i] })))(
  "$filePath against the layers: $rule",
  ({ rule, says, messages }) => {
    const layerMessages = messages.filter((message) => LAYER_RULES.includes(message.ruleId ?? ""));
    expect(layerMessages).toHaveLength(1);
    expect(layerMessages[0].ruleId).toBe(rule);
    expect(layerMessages[0].message).toContain(says);
  }
);

test.each(along.map((file, i) => ({ ...file, messages: results[against.length + i] })))(
  "$filePath along the layers: no error",
  ({ messages }) => {
    expect(messages.filter((message) => LAYER_RULES.includes(message.ruleId ?? ""))).toEqual([]);
  }
);
