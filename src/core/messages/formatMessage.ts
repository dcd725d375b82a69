import { Language } from "./Language";

export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders; a placeholder with no parameter is left visible so the gap shows. */
export function fillPlaceholders(text: string, params: MessageParams = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
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
