import { stripAccents } from "../../text/stripAccents";
import { isSpanishSmallWord } from "../../text/spanishSmallWords";
import { codeFromName } from "./codeFromName";
import { uniqueCode } from "./uniqueCode";

/**
 * A macroprocess's code: its initials (`codeFromName`) unless an area or another macroprocess already
 * holds them (ignoring case), in which case the last full word gives more of its letters
 * ("Dirección Estratégica" beside the area "Dirección de Estudios" [DE] → "DES"); a digit suffix is
 * the last resort. Records the result in `used` (upper case).
 */
export function macroprocessCode(name: string, used: Set<string>): string {
  const base = codeFromName(name);
  const upper = new Set([...used].map((code) => code.toUpperCase()));
  const taken = (code: string): boolean => upper.has(code.toUpperCase());
  const words = name.match(/[\p{L}\p{N}]+/gu) ?? [];
  const last = words.filter((word) => !isSpanishSmallWord(word)).pop() ?? "";
  const letters = stripAccents(last)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
  let candidate = base;
  for (let extra = 1; taken(candidate) && extra < letters.length; extra++)
    candidate = `${base}${letters.slice(1, 1 + extra)}`;
  if (taken(candidate)) candidate = uniqueCode(base, upper);
  used.add(candidate.toUpperCase());
  return candidate;
}
