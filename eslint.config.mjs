/**
 * ESLint 9 flat config, picked up by `office-addin-lint check|fix` (npm run lint / lint:fix):
 * office-addin-lint passes `-c <cwd>/eslint.config.mjs` to ESLint when that file exists (this
 * exact name), and its own built-in config otherwise. Plain `npx eslint .` uses it too.
 *
 * - eslint-plugin-office-addins' "recommended" (ESLint's recommended rules, Office.js load/sync
 *   rules, prettier as a lint rule) for .js/.mjs/.cjs/.ts, extended here to .tsx/.jsx, which
 *   the plugin's config leaves out;
 * - the TypeScript parser for every file; React rules for .tsx/.jsx; Node globals for scripts;
 * - the Office.js load/sync rules only where Office.js code lives (OFFICE_JS_FILES): elsewhere
 *   they mistake ExcelJS calls for Office.js proxies;
 * - src/core/** stays pure: no Excel, React, Fluent UI, Office.js or Node file-system imports;
 * - the layers point one way, core ← operations ← shells ← cli / taskpane: a relative import (static or
 *   `import()`) never reaches a layer to the right, and cli and taskpane never import each other (LAYERS);
 * - the Office.js globals (`Excel`, `Office`, `OfficeExtension`) are used only in src/shells/office and in the
 *   pane's start-up check (src/taskpane/index.tsx).
 *
 * Files: `npm run lint` is `office-addin-lint check --files .`, so ESLint walks the whole project
 * (src, test, scripts, bench, bin and the root config files) minus the ignores below. Without
 * `--files`, office-addin-lint would only check src/**.
 *
 * The plugins are loaded through office-addin-lint's own dependency tree, so they are exactly the
 * versions `office-addin-lint` runs with and need no devDependencies of their own.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const lintRequire = createRequire(require.resolve("office-addin-lint/package.json"));
const officeAddins = lintRequire("eslint-plugin-office-addins");
const tsParser = lintRequire("@typescript-eslint/parser");
const pluginRequire = createRequire(lintRequire.resolve("eslint-plugin-office-addins"));
const react = pluginRequire("eslint-plugin-react");
const eslintRequire = createRequire(lintRequire.resolve("eslint/package.json"));
const eslintrcRequire = createRequire(eslintRequire.resolve("@eslint/eslintrc/package.json"));
const globals = eslintrcRequire("globals");

const TS_FILES = ["**/*.{ts,tsx,mts,cts}"];
const JSX_FILES = ["**/*.{tsx,jsx}"];
const CORE_FILES = ["src/core/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}"];

/** Modules src/core must not import: it runs unchanged in Excel, the browser and Node. */
const CORE_FORBIDDEN_MODULES = [
  "exceljs",
  "react",
  "react-dom",
  "@fluentui/*",
  "office-js",
  "@microsoft/office-js",
  "fs",
  "path",
  "node:*",
];
const CORE_FORBIDDEN_MESSAGE =
  "src/core is pure (Excel, browser and Node run it unchanged): do I/O, Excel, Office.js and UI " +
  "in src/shells, src/taskpane or src/cli and pass plain data in.";
/** The same list as one regular expression, for require() and import() calls. */
const CORE_FORBIDDEN_REGEX =
  "/^(exceljs|react|react-dom|@fluentui\\u002F.+|office-js|@microsoft\\u002Foffice-js|fs|path|node:.+)(\\u002F.*)?$/";

/**
 * The layers of src/, each with the layers it must not import: core ← operations ← shells ← cli / taskpane (a
 * layer imports only those to its left; cli and taskpane are two front ends of the same layers). Matched on the
 * relative import's text: no folder inside a layer bears another layer's name.
 */
const LAYERS = [
  { layer: "core", forbidden: ["operations", "shells", "cli", "taskpane"] },
  { layer: "operations", forbidden: ["shells", "cli", "taskpane"] },
  { layer: "shells", forbidden: ["cli", "taskpane"] },
  { layer: "cli", forbidden: ["taskpane"] },
  { layer: "taskpane", forbidden: ["cli"] },
];
const layerFiles = (layer) => [`src/${layer}/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}`];
/** A relative import that names one of `forbidden` as a folder, e.g. `../../shells/xlsx/FileHost`. */
const layerRegex = (forbidden) => `^\\.\\.?/(?:.*/)?(?:${forbidden.join("|")})(?:/|$)`;
const layerMessage = (layer, forbidden) =>
  `src/${layer} must not import src/${forbidden.join(", src/")}: the layers go core ← operations ← shells ← ` +
  "cli / taskpane, each importing only those to its left. Pass plain data in, or move the code to the layer " +
  "that may hold it.";
/** The no-restricted-imports pattern and the import() selector that keep `layer` in its place. */
function layerRules({ layer, forbidden }) {
  const message = layerMessage(layer, forbidden);
  return {
    pattern: { regex: layerRegex(forbidden), message },
    selector: {
      selector: `ImportExpression[source.value=/${layerRegex(forbidden).replaceAll("/", "\\u002F")}/]`,
      message,
    },
  };
}

/** Office.js globals: only the Office shell (and the pane's start-up check) talks to Office. */
const OFFICE_GLOBALS = ["Excel", "Office", "OfficeExtension"];
const OFFICE_GLOBALS_MESSAGE =
  "Office.js is used only in src/shells/office (OfficeHost) and the pane's start-up check " +
  "(src/taskpane/index.tsx): reach the workbook through the host's operations.";
const OFFICE_GLOBAL_FILES = ["src/shells/office/**", "src/taskpane/index.tsx"];

/** Workbook data is never markup (issue 10, security): properties no file under src/ may touch. */
const HTML_SINK_PROPERTIES = [
  ...["innerHTML", "outerHTML"].map((property) => ({
    property,
    message: "Workbook text is shown as React text; never assign HTML.",
  })),
  { property: "insertAdjacentHTML", message: "Workbook text is shown as React text." },
  { object: "document", property: "write", message: "Workbook text is shown as React text." },
];

const CORE_LAYER_RULES = layerRules(LAYERS.find(({ layer }) => layer === "core"));

/**
 * Where Office.js code lives. The plugin's Office.js load/sync rules apply only here: elsewhere the
 * code uses ExcelJS or Node, and the rules mistake `sheet.getRow(1).cellCount` (ExcelJS) for an
 * unloaded Office.js proxy read.
 */
const OFFICE_JS_FILES = [
  "src/taskpane/**",
  "src/commands/**",
  "src/shells/**",
  "test/taskpane/**",
  "test/shells/**",
];
/** ExcelJS shells and their tests, under the folders above. */
const EXCELJS_FILES = ["src/shells/xlsx/**", "test/shells/xlsx/**"];

/** The plugin's recommended block that carries its plugins, parser options and rules. */
const recommendedRules = officeAddins.configs.recommended.find((c) => c.files && c.rules);
const officeJsRules = Object.entries(recommendedRules.rules).filter(([rule]) =>
  rule.startsWith("office-addins/")
);

export default [
  {
    ignores: [
      "dist/**",
      "dist-cli*/**",
      "node_modules/**",
      "coverage/**",
      "test-output/**",
      "bench-output/**",
    ],
  },
  ...officeAddins.configs.recommended,
  // The plugin's recommended rules only name .js/.mjs/.cjs/.ts files: apply them to .tsx/.jsx.
  { ...recommendedRules, files: JSX_FILES },
  {
    languageOptions: {
      parser: tsParser,
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      // As tsc's noUnusedLocals/noUnusedParameters: a leading underscore marks "unused on purpose".
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: TS_FILES,
    rules: {
      // TypeScript checks names; ESLint's no-undef does not know types or ambient globals (Office).
      "no-undef": "off",
      // STYLE: no `any` without a comment, i.e. an eslint-disable-next-line with a reason.
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  // Node scripts and config files (CommonJS .js, ES .mjs).
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
  // The task pane runs in a browser.
  {
    files: ["src/taskpane/**", "src/commands/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  // React components.
  {
    ...react.configs.flat.recommended,
    files: JSX_FILES,
    settings: { react: { version: "detect" } },
  },
  { ...react.configs.flat["jsx-runtime"], files: JSX_FILES },
  {
    files: JSX_FILES,
    rules: {
      // Props are typed with TypeScript.
      "react/prop-types": "off",
      // Workbook text is shown as React text, never as HTML (issue 10, security).
      "react/no-danger": "error",
      // Every word the pane shows comes from a message catalogue (es-CO and en), none from a component.
      "react/jsx-no-literals": ["error", { noStrings: true, ignoreProps: true }],
    },
  },
  // Workbook data is never markup or code (issue 10, security): React text only, no HTML sinks, no eval.
  {
    files: ["src/**"],
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-restricted-properties": [
        "error",
        ...HTML_SINK_PROPERTIES,
        ...["window", "globalThis", "self"].flatMap((object) =>
          OFFICE_GLOBALS.map((property) => ({ object, property, message: OFFICE_GLOBALS_MESSAGE }))
        ),
      ],
      "no-restricted-globals": [
        "error",
        ...OFFICE_GLOBALS.map((name) => ({ name, message: OFFICE_GLOBALS_MESSAGE })),
      ],
    },
  },
  // Where Office.js may be used: the HTML sinks stay forbidden, the Office globals are allowed.
  {
    files: OFFICE_GLOBAL_FILES,
    rules: {
      "no-restricted-properties": ["error", ...HTML_SINK_PROPERTIES],
      "no-restricted-globals": "off",
    },
  },
  // The layers point one way (src/core's block below adds its own bans to the same rules).
  ...LAYERS.filter(({ layer }) => layer !== "core").map((entry) => {
    const { pattern, selector } = layerRules(entry);
    return {
      files: layerFiles(entry.layer),
      rules: {
        "@typescript-eslint/no-restricted-imports": ["error", { patterns: [pattern] }],
        "no-restricted-syntax": ["error", selector],
      },
    };
  }),
  // Office.js load/sync rules: off everywhere, then on where Office.js code lives.
  { rules: Object.fromEntries(officeJsRules.map(([rule]) => [rule, "off"])) },
  { files: OFFICE_JS_FILES, ignores: EXCELJS_FILES, rules: Object.fromEntries(officeJsRules) },
  // src/core stays pure, and imports no other layer.
  {
    files: CORE_FILES,
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            ...CORE_FORBIDDEN_MODULES.map((name) => ({
              group: name.endsWith("*") ? [name] : [name, `${name}/*`],
              message: CORE_FORBIDDEN_MESSAGE,
            })),
            CORE_LAYER_RULES.pattern,
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        CORE_LAYER_RULES.selector,
        {
          selector: `CallExpression[callee.name='require'][arguments.0.value=${CORE_FORBIDDEN_REGEX}]`,
          message: CORE_FORBIDDEN_MESSAGE,
        },
        {
          selector: `ImportExpression[source.value=${CORE_FORBIDDEN_REGEX}]`,
          message: CORE_FORBIDDEN_MESSAGE,
        },
        { selector: "JSXElement, JSXFragment", message: CORE_FORBIDDEN_MESSAGE },
      ],
    },
  },
];
