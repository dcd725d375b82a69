import { Language } from "./Language";

export type MessageParams = Record<string, string | number>;

/**
 * `{count, plural, one {1 área} other {# áreas}}`: the branch for the count (one for exactly 1 — the rule of both
 * Spanish and English for whole counts — other otherwise), `#` standing for the count. A branch may hold `{name}`
 * placeholders; they are filled afterwards like any other. A plural whose count is missing stays visible.
 */
const PLURAL = /\{(\w+), plural, one \{((?:[^{}]|\{\w+\})*)\} other \{((?:[^{}]|\{\w+\})*)\}\}/g;

function choosePlurals(text: string, params: MessageParams): string {
  return text.replace(PLURAL, (whole, name: string, one: string, other: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    const count = typeof value === "number" ? value : Number(String(value).replace(/\D/g, ""));
    return (Math.abs(count) === 1 ? one : other).replace(/#/g, String(value));
  });
}

/** Fills `{name}` placeholders (after choosing plurals); a placeholder with no parameter is left visible. */
export function fillPlaceholders(text: string, params: MessageParams = {}): string {
  return choosePlurals(text, params).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}

export function formatMessage<Code extends string>(
  catalog: { es: Record<Code, string>; en: Record<Code, string> },
  language: Language,
  code: Code,
  params?: MessageParams
): string {
  return fillPlaceholders(catalog[language][code], params);
}
