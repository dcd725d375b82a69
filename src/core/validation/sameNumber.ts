/** Equal up to floating-point noise: a relative tolerance of 1e-9 (absolute near 0). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
