import { DEFAULT_LANGUAGE, Language, LOCALE_OF } from "./Language";
import { formatNumber } from "./formatLocale";

export type MessageParams = Record<string, string | number>;

/**
 * `{count, plural, one {1 área} other {# áreas}}`: the branch for the count's plural category in the message's
 * language (Intl.PluralRules: "one" for exactly 1 in Spanish and English; any category a message does not write,
 * such as Spanish "many" for a million, takes `other`), `#` standing for the count. A branch may hold `{name}`
 * placeholders; they are filled afterwards like any other. The count is a number (or a string of digits); a plural
 * whose count is missing or not a number stays visible.
 */
const PLURAL = /\{(\w+), plural, one \{((?:[^{}]|\{\w+\})*)\} other \{((?:[^{}]|\{\w+\})*)\}\}/g;

const PLURAL_RULES: Record<Language, Intl.PluralRules> = {
  es: new Intl.PluralRules(LOCALE_OF.es),
  en: new Intl.PluralRules(LOCALE_OF.en),
};

/**
 * Placeholders that say how many (cells, rows, areas, characters…) wherever a message uses them. A count is written
 * with the language's thousands separator (`formatNumber`: es-CO "12.345", en "12,345"), as is every plural's count
 * (its `#`, and the same name written as `{name}` in that message). Any other number — an Excel row, a year, a
 * version, an index — is written as it is ("fila 12345", "vigencia 2021"): the name decides, and only for a
 * parameter given as a number (a text is never changed).
 */
export const COUNT_PARAMS: ReadonlySet<string> = new Set([
  "count",
  "total",
  "length",
  "rows",
  "programmedRows",
  "areas",
  "macroprocesses",
  "objectives",
  "errors",
  "warnings",
  "fixable",
  "filled",
  "unfilled",
  "unreported",
  "over",
  "red",
  "rojo",
  "amarillo",
  "verde",
  "thresholds",
  "charts",
]);

function countOf(value: string | number | undefined): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return value !== undefined && /^-?\d+$/.test(value) ? Number(value) : null;
}

function choosePlurals(
  text: string,
  params: MessageParams,
  language: Language,
  counts: Set<string>
): string {
  return text.replace(PLURAL, (whole, name: string, one: string, other: string) => {
    const count = countOf(params[name]);
    if (count === null) return whole;
    counts.add(name);
    const branch = PLURAL_RULES[language].select(count) === "one" ? one : other;
    return branch.replace(/#/g, formatNumber(count, language));
  });
}

/** Fills `{name}` placeholders (after choosing plurals); a placeholder with no parameter is left visible. */
export function fillPlaceholders(
  text: string,
  params: MessageParams = {},
  language: Language = DEFAULT_LANGUAGE
): string {
  const counts = new Set(COUNT_PARAMS);
  return choosePlurals(text, params, language, counts).replace(
    /\{(\w+)\}/g,
    (whole, name: string) => {
      if (!(name in params)) return whole;
      const value = params[name];
      return typeof value === "number" && counts.has(name) && Number.isFinite(value)
        ? formatNumber(value, language)
        : String(value);
    }
  );
}

export function formatMessage<Code extends string>(
  catalog: { es: Record<Code, string>; en: Record<Code, string> },
  language: Language,
  code: Code,
  params?: MessageParams
): string {
  return fillPlaceholders(catalog[language][code], params, language);
}
