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
 * - src/core/** stays pure: no Excel, React, Fluent UI, Office.js or Node file-system imports.
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
      "dist-cli/**",
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
        ...["innerHTML", "outerHTML"].map((property) => ({
          property,
          message: "Workbook text is shown as React text; never assign HTML.",
        })),
        { property: "insertAdjacentHTML", message: "Workbook text is shown as React text." },
        { object: "document", property: "write", message: "Workbook text is shown as React text." },
      ],
    },
  },
  // Office.js load/sync rules: off everywhere, then on where Office.js code lives.
  { rules: Object.fromEntries(officeJsRules.map(([rule]) => [rule, "off"])) },
  { files: OFFICE_JS_FILES, ignores: EXCELJS_FILES, rules: Object.fromEntries(officeJsRules) },
  // src/core stays pure.
  {
    files: CORE_FILES,
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: CORE_FORBIDDEN_MODULES.map((name) => ({
            group: name.endsWith("*") ? [name] : [name, `${name}/*`],
            message: CORE_FORBIDDEN_MESSAGE,
          })),
        },
      ],
      "no-restricted-syntax": [
        "error",
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
