import { isSpanishSmallWord } from "./spanishSmallWords";

const ROMAN_NUMERAL = /^(?=[IVX]{2,}$)X{0,3}(IX|IV|V?I{0,3})$/;
/** The separator before a trailing acronym: an en/em dash, or a hyphen with a space on one side. */
const ACRONYM_DASH = /(?:[–—]|\s-|-\s)\s*$/;
const ACRONYM_LENGTH = /^\p{L}{2,6}$/u;

function capitalise(word: string): string {
  const lower = word.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function parenthesisDepth(text: string): number {
  let depth = 0;
  for (const char of text) {
    if (char === "(") depth += 1;
    else if (char === ")" && depth > 0) depth -= 1;
  }
  return depth;
}

/**
 * Title-cases a heading written in capitals, the Spanish way: every word capitalised except the
 * small words (de, del, la, y, con, …), which stay lower-case unless they come first; accents are
 * kept. Acronyms stay upper-case: the words in `acronyms` (compared upper-case), a 2–6 letter word
 * in parentheses, a 2–6 letter word after a dash at the end ("… REGALÍAS – SGR"), and Roman
 * numerals (II, IV).
 *
 * "ENLACE CON EL CONGRESO DE LA REPÚBLICA" → "Enlace con el Congreso de la República".
 */
export function titleCaseSpanish(
  text: string,
  acronyms: ReadonlySet<string> = new Set<string>()
): string {
  const runs = [...text.matchAll(/\p{L}+/gu)];
  let result = "";
  let cursor = 0;
  runs.forEach((match, index) => {
    const run = match[0];
    const start = match.index ?? 0;
    const before = text.slice(cursor, start);
    const upper = run.toUpperCase();
    const isLast = index === runs.length - 1;
    const keepUpper =
      acronyms.has(upper) ||
      ROMAN_NUMERAL.test(upper) ||
      (ACRONYM_LENGTH.test(run) && parenthesisDepth(text.slice(0, start)) > 0) ||
      (isLast && index > 0 && ACRONYM_LENGTH.test(run) && ACRONYM_DASH.test(before));
    let word: string;
    if (keepUpper) word = upper;
    else if (index > 0 && isSpanishSmallWord(run)) word = run.toLowerCase();
    else word = capitalise(run);
    result += before + word;
    cursor = start + run.length;
  });
  return result + text.slice(cursor);
}
