/**
 * Neumaier (improved Kahan) summation, as LibreOffice's SUM does: 1e16 + 1 − 1e16 gives 1, not 0.
 * Engines may still differ in the last bit; bands are safe because compliance is rounded (rowFormulas.ts).
 */
export function compensatedSum(values: number[]): number {
  let sum = 0;
  let compensation = 0;
  for (const value of values) {
    const next = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
  }
  return sum + compensation;
}
