import { stripAccents } from "../../text/stripAccents";
import { isSpanishSmallWord } from "../../text/spanishSmallWords";

/** Table names are `T_<code>`; the template allows 20 characters, two are kept for a duplicate's digit suffix. */
const MAX_LENGTH = 18;
const TRAILING_ACRONYM = /\s[-–—]\s*([\p{Lu}\d]{2,6})\s*$/u;

/**
 * A stable code for an area or a macroprocess from its display name: the acronym after a final
 * dash ("Sistema General de Regalías – SGR" → "SGR"), else the initials of the words that are not
 * Spanish small words ("Enlace con el Congreso de la República" → "ECR"; an acronym word gives its
 * first letter, a number all its digits), upper-case ASCII, starting with a letter.
 */
export function codeFromName(name: string): string {
  const acronym = TRAILING_ACRONYM.exec(name);
  let code: string;
  if (acronym !== null) {
    code = acronym[1];
  } else {
    const words = name.match(/[\p{L}\p{N}]+/gu) ?? [];
    const significant = words.filter((word) => !isSpanishSmallWord(word));
    code = (significant.length > 0 ? significant : words)
      .map((word) => (/^\p{N}+$/u.test(word) ? word : word.charAt(0)))
      .join("");
  }
  code = stripAccents(code)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
  if (code === "") return "X";
  if (/^[0-9]/.test(code)) code = `X${code}`;
  return code.slice(0, MAX_LENGTH);
}
