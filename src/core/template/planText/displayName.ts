import { collapseWhitespace } from "../../text/collapseWhitespace";
import { isAllCaps } from "../../text/isAllCaps";
import { titleCaseSpanish } from "../../text/titleCaseSpanish";

/**
 * The display name of a heading: whitespace collapsed, trailing punctuation dropped, a heading in
 * capitals title-cased ("DIRECCIÓN JURÍDICA" → "Dirección Jurídica"); a mixed-case heading is kept
 * as written, with a capital first letter.
 */
export function displayName(heading: string, acronyms: ReadonlySet<string>): string {
  const text = collapseWhitespace(heading).replace(/(?<![\s:;,.\-–—])[\s:;,.\-–—]+$/u, "");
  if (isAllCaps(text)) return titleCaseSpanish(text, acronyms);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
