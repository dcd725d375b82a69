/** A year of this century standing alone: not part of "ISO 9001:2015", a longer number or a date like 12/03/2021. */
const YEAR = /(?<![\d:./-])(20\d{2})(?![\d])/u;
const NAMED_YEAR =
  /(?:plan\s+de\s+acci[oó]n|vigencia|año)\D{0,20}?(?<![\d:./-])(20\d{2})(?![\d])/iu;

function firstMatch(texts: readonly string[], pattern: RegExp): number | null {
  for (const text of texts) {
    const match = pattern.exec(text);
    if (match !== null) return Number(match[1]);
  }
  return null;
}

/**
 * The plan's year (vigencia): the first "PLAN DE ACCIÓN <year>" in a heading, else the first year in
 * a heading, else the first "plan de acción / vigencia / año <year>" anywhere, else the first year
 * anywhere; null when the text names no year from 2000 to 2099.
 */
export function findPlanYear(headings: readonly string[], lines: readonly string[]): number | null {
  return (
    firstMatch(headings, NAMED_YEAR) ??
    firstMatch(headings, YEAR) ??
    firstMatch(lines, NAMED_YEAR) ??
    firstMatch(lines, YEAR)
  );
}
