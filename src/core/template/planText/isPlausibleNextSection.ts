/** The largest step between consecutive section numbers still read as a heading (3.2 → 3.7 is, 3.1 → 12 is not). */
const MAX_STEP = 5;

/**
 * Whether a numbered line can be the section that follows `previous` in the plan: it must advance
 * (a child, 3.5 → 3.5.1; a sibling, 3.1 → 3.2; or a later ancestor's sibling, 3.8 → 4 or 4.1) by a
 * small step. A number that goes back or repeats ("1." inside section 3.1) is a list item, and
 * "12 meses" in the middle of 3.1 is text. Any number can open the document (`previous` null).
 */
export function isPlausibleNextSection(
  previous: readonly number[] | null,
  next: readonly number[]
): boolean {
  if (previous === null) return true;
  const shared = Math.min(previous.length, next.length);
  for (let index = 0; index < shared; index += 1) {
    if (next[index] === previous[index]) continue;
    return next[index] > previous[index] && next[index] - previous[index] <= MAX_STEP;
  }
  return next.length > previous.length && next[previous.length] <= MAX_STEP;
}
