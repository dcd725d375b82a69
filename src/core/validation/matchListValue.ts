/**
 * A list cell's text against the template's list: exact, or the same value written differently (case, accents,
 * surrounding or doubled spaces: "numero " for "Número"), which a fix can make canonical, or no match.
 */
import { stripAccents } from "../text/stripAccents";

export type ListMatch =
  { kind: "exact"; value: string } | { kind: "canonical"; value: string } | { kind: "none" };

const loose = (text: string): string =>
  stripAccents(text).replace(/\s+/g, " ").trim().toLowerCase();

export function matchListValue(text: string, values: readonly string[]): ListMatch {
  if (values.includes(text)) return { kind: "exact", value: text };
  const matches = values.filter((value) => loose(value) === loose(text));
  return matches.length === 1 ? { kind: "canonical", value: matches[0] } : { kind: "none" };
}
