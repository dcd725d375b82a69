import { isSpanishSmallWord } from "./spanishSmallWords";

const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * The acronyms a document uses: words of 2–6 capital letters written inside mixed-case text
 * ("… ante el Ministerio TIC - MINTIC y …" gives TIC and MINTIC). Lines without a lower-case
 * letter (headings in capitals) are not evidence; neither is a run of three or more capitalised
 * words (a phrase in capitals, not an acronym), nor a Spanish small word.
 */
export function collectAcronyms(lines: readonly string[]): Set<string> {
  const acronyms = new Set<string>();
  for (const line of lines) {
    if (!/\p{Ll}/u.test(line)) continue;
    const words = [...line.matchAll(/\p{L}+/gu)].map((match) => match[0]);
    let runStart = 0;
    for (let index = 0; index <= words.length; index += 1) {
      const isUpper = index < words.length && !/\p{Ll}/u.test(words[index]);
      if (isUpper) continue;
      const run = words.slice(runStart, index);
      if (run.length > 0 && run.length <= 2) {
        for (const word of run) {
          if (ACRONYM.test(word) && !isSpanishSmallWord(word)) acronyms.add(word);
        }
      }
      runStart = index + 1;
    }
  }
  return acronyms;
}
