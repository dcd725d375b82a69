/** A fraction as a percentage number for messages, rounded to two decimals (0.8512 → 85.12). */
export function percentOf(fraction: number): number {
  return Math.round(fraction * 10_000) / 100;
}
