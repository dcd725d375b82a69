/**
 * A formula for comparison: no leading "=", no spaces, upper-case, no `_xlfn.` file prefix ("=sum( A1 )" and
 * "SUM(A1)" are the same; so are "_xlfn.ISFORMULA(A1)" and "ISFORMULA(A1)").
 */
export function normaliseFormula(formula: string): string {
  return formula
    .replace(/^\s*=/, "")
    .replace(/\s+/g, "")
    .toUpperCase()
    .replace(/_XLFN\./g, "");
}
