export type Language = "es" | "en";

export const DEFAULT_LANGUAGE: Language = "es";

export function isLanguage(value: string): value is Language {
  return value === "es" || value === "en";
}

/** The locale whose conventions each language writes and reads numbers and dates in (es-CO 1.234,5; en-US 1,234.5). */
export const LOCALE_OF: Record<Language, string> = { es: "es-CO", en: "en-US" };
