/** Decimal places compliance is rounded to, in formulas and core alike, so sums' last-bit noise cannot move a band. */
export const COMPLIANCE_DECIMALS = 10;

/** Excel's ROUND(x, digits): half away from zero, on the decimal representation rather than the binary one. */
export function roundLikeExcel(value: number, digits: number): number {
  const sign = value < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(value)}e${digits}`);
  return sign * Number(`${Math.round(shifted)}e-${digits}`);
}

/** Compliance as the sheets round it. */
export const roundCompliance = (value: number): number =>
  roundLikeExcel(value, COMPLIANCE_DECIMALS);
