/**
 * Spanish articles, prepositions and conjunctions that stay lower-case inside a title
 * ("Enlace con el Congreso de la República") and give no initial to an area code.
 */
export const SPANISH_SMALL_WORDS: ReadonlySet<string> = new Set([
  "de",
  "del",
  "la",
  "las",
  "el",
  "los",
  "y",
  "e",
  "o",
  "u",
  "a",
  "en",
  "con",
  "por",
  "para",
  "al",
  "sin",
  "sobre",
  "entre",
]);

export function isSpanishSmallWord(word: string): boolean {
  return SPANISH_SMALL_WORDS.has(word.toLowerCase());
}
