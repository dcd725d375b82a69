import { DEFAULT_LANGUAGE, Language } from "./Language";

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
  es: new Intl.PluralRules("es-CO"),
  en: new Intl.PluralRules("en-US"),
};

function countOf(value: string | number | undefined): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return value !== undefined && /^-?\d+$/.test(value) ? Number(value) : null;
}

function choosePlurals(text: string, params: MessageParams, language: Language): string {
  return text.replace(PLURAL, (whole, name: string, one: string, other: string) => {
    const count = countOf(params[name]);
    if (count === null) return whole;
    const branch = PLURAL_RULES[language].select(count) === "one" ? one : other;
    return branch.replace(/#/g, String(params[name]));
  });
}

/** Fills `{name}` placeholders (after choosing plurals); a placeholder with no parameter is left visible. */
export function fillPlaceholders(
  text: string,
  params: MessageParams = {},
  language: Language = DEFAULT_LANGUAGE
): string {
  return choosePlurals(text, params, language).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
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
