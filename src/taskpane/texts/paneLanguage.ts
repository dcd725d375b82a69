import { DEFAULT_LANGUAGE, Language } from "../../core/messages/Language";

/**
 * The pane's language from Office's display language (an RFC 1766 tag such as `es-ES` or `en-US`): English for
 * `en-*`, Spanish (es-CO) for everything else, as the planning office works in Spanish.
 */
export function paneLanguage(displayLanguage: string | null | undefined): Language {
  if (!displayLanguage) return DEFAULT_LANGUAGE;
  return displayLanguage.toLowerCase().startsWith("en") ? "en" : DEFAULT_LANGUAGE;
}
