/** Spanish month names and abbreviations (accents and case ignored) → month number 1–12, or null. */
import { stripAccents } from "../text/stripAccents";

const MONTHS = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
];
const ALIASES: Record<string, number> = { setiembre: 9, sept: 9, set: 9 };

export function spanishMonth(word: string): number | null {
  const key = stripAccents(word).toLowerCase().replace(/\.$/, "");
  if (key in ALIASES) return ALIASES[key];
  const full = MONTHS.indexOf(key);
  if (full >= 0) return full + 1;
  const abbreviated = key.length >= 3 ? MONTHS.findIndex((month) => month.startsWith(key)) : -1;
  return abbreviated >= 0 ? abbreviated + 1 : null;
}
