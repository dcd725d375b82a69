/** Excel's ROUND(x, digits): half away from zero, on the decimal representation rather than the binary one. */
export function roundLikeExcel(value: number, digits: number): number {
  const sign = value < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(value)}e${digits}`);
  return sign * Number(`${Math.round(shifted)}e-${digits}`);
}
