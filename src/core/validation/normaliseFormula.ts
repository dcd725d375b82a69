/** A formula for comparison: no leading "=", no spaces, upper-case ("=sum( A1 )" and "SUM(A1)" are the same). */
export function normaliseFormula(formula: string): string {
  return formula.replace(/^\s*=/, "").replace(/\s+/g, "").toUpperCase();
}
