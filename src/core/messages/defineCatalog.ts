/**
 * A message catalogue of one domain: Spanish (es-CO) texts keyed by stable code, and English texts
 * that must have exactly the same keys (a missing translation fails to compile).
 * Texts use `{name}` placeholders filled by `formatMessage`.
 */
export type Catalog<Code extends string> = { es: Record<Code, string>; en: Record<Code, string> };

export function defineCatalog<Code extends string>(
  es: Record<Code, string>,
  en: Record<Code, string>
): Catalog<Code> {
  return { es, en };
}
