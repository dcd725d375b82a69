import { collapseWhitespace } from "../../text/collapseWhitespace";
import { MACROPROCESS_WORD } from "./containsMacroprocessWord";

const PLAN_PREFIX =
  /^plan\s+de\s+acci[oó]n(?:\s+(?:de\s+la\s+)?vigencia)?(?:\s+(?:20\d{2}))?\s*[-–—:.]?\s*/iu;
/** Punctuation at either end; the lookbehind makes the search linear on long runs of punctuation. */
const EDGE_PUNCTUATION = /^[\s:.,;\-–—]+|(?<![\s:.,;\-–—])[\s:.,;\-–—]+$/gu;
/** A year closing a macroprocess heading: "MACROPROCESO MISIONAL 2024", "… – VIGENCIA 2024". */
const TRAILING_YEAR = /(?<![\s:,;\-–—])[\s:,;\-–—]*(?:\(?\s*(?:vigencia|año)?\s*20\d{2}\s*\)?)$/iu;

/** "PLAN DE ACCIÓN 2021 - GESTIÓN ESTRATÉGICA" → "GESTIÓN ESTRATÉGICA"; a heading without that prefix is returned as is. */
export function stripPlanPrefix(text: string): string {
  const stripped = collapseWhitespace(text).replace(PLAN_PREFIX, "").replace(EDGE_PUNCTUATION, "");
  return stripped === "" ? collapseWhitespace(text) : stripped;
}

/**
 * The name of a macroprocess from its heading: what follows the word MACROPROCESO, without a
 * leading "DE"/"DEL" nor a closing year ("PLAN DE ACCIÓN 2021 - MACROPROCESO MISIONAL" → "MISIONAL",
 * "MACROPROCESO DE APOYO" → "APOYO"). When nothing follows the word, what precedes it.
 */
export function macroprocessTitle(heading: string): string {
  const text = collapseWhitespace(heading);
  const match = MACROPROCESS_WORD.exec(text);
  if (match === null) return stripPlanPrefix(text);
  const after = text
    .slice(match.index + match[0].length)
    .replace(EDGE_PUNCTUATION, "")
    .replace(/^(?:de|del)\s+/iu, "")
    .replace(TRAILING_YEAR, "")
    .replace(EDGE_PUNCTUATION, "");
  if (after !== "") return after;
  const before = text.slice(0, match.index).replace(EDGE_PUNCTUATION, "");
  return before === "" ? text : stripPlanPrefix(before);
}
