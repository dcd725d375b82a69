/** Decimal places compliance is rounded to, in formulas and core alike, so sums' last-bit noise cannot move a band. */
export const COMPLIANCE_DECIMALS = 10;

/** 10^0 … 10^15, each exact in binary floating point. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, digits) => 10 ** digits);

/**
 * Excel's ROUND(x, digits) by way of the decimal text: the shortest decimal of |x|, shifted by `digits`, rounded
 * half away from zero, shifted back. The definition; `roundLikeExcel` takes it only where its fast path cannot be
 * sure. A text with an exponent (below 1e-6, from 1e21) shifts its exponent; a shifted value of 2^53 or more has no
 * fraction left to round, so x is its own rounding (1E+308 stays 1E+308, never NaN).
 */
export function roundByDecimalText(value: number, digits: number): number {
  const sign = value < 0 ? -1 : 1;
  const [mantissa, exponent = "0"] = String(Math.abs(value)).split("e");
  const shifted = Number(`${mantissa}e${Number(exponent) + digits}`);
  if (!(shifted < 2 ** 53)) return value;
  return sign * Number(`${Math.round(shifted)}e-${digits}`);
}

/**
 * Excel's ROUND(x, digits): half away from zero, on the decimal representation rather than the binary one.
 *
 * Fast path, the same result without building text: |x| × 10^digits in binary lies within 2.3e-16 of its own value
 * of the exact decimal shifted (the shortest decimal of x is within half an ulp of x; the product adds one rounding),
 * so below 10^12 it is within 3e-4 of it, and wherever its fraction is farther than 10^-3 from one half it rounds to
 * the same whole number N as the decimal. N < 2^53 and 10^digits are exact, so N ÷ 10^digits is the double nearest
 * the decimal N·10^-digits, which is what parsing "Ne-digits" gives. Near one half, and wherever the text would take
 * an exponent, the decimal text decides.
 */
export function roundLikeExcel(value: number, digits: number): number {
  const magnitude = Math.abs(value);
  if (digits >= 0 && digits < POWERS_OF_TEN.length && (magnitude >= 1e-6 || magnitude === 0)) {
    const scale = POWERS_OF_TEN[digits];
    const shifted = magnitude * scale;
    if (shifted < 1e12) {
      const whole = Math.floor(shifted);
      const fraction = shifted - whole;
      if (fraction < 0.499 || fraction > 0.501) {
        const rounded = (fraction < 0.5 ? whole : whole + 1) / scale;
        return value < 0 ? -rounded : rounded;
      }
    }
  }
  return roundByDecimalText(value, digits);
}

/** Compliance as the sheets round it. */
export const roundCompliance = (value: number): number =>
  roundLikeExcel(value, COMPLIANCE_DECIMALS);
