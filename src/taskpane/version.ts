/**
 * The add-in's version, package.json's "version". webpack's DefinePlugin replaces
 * __PLAN_MATRIX_VERSION__ at build time (webpack.config.js); outside a webpack build (jest) the
 * identifier does not exist and VERSION falls back to "dev".
 */
declare const __PLAN_MATRIX_VERSION__: string;

export const VERSION: string =
  typeof __PLAN_MATRIX_VERSION__ === "string" ? __PLAN_MATRIX_VERSION__ : "dev";
