/**
 * A formula as an .xlsx file stores it. Functions Excel added after 2007 are written with the `_xlfn.` prefix in the
 * file (ECMA-376 and MS-XLSX §2.2.2: "future functions"); without it Excel and LibreOffice read an unknown name and
 * show #NAME?. Office.js and the core use the plain name, so only the file writers call this, and readers'
 * formulas are compared without the prefix (validation/normaliseFormula.ts).
 */
const FUTURE_FUNCTIONS = ["ISFORMULA"];

const PATTERN = new RegExp(`(?<![\\w.])(${FUTURE_FUNCTIONS.join("|")})\\(`, "gi");

export function fileFormula(formula: string): string {
  return formula.replace(PATTERN, (_, name: string) => `_xlfn.${name.toUpperCase()}(`);
}
