import { Language } from "./Language";

const LOCALES: Record<Language, string> = { es: "es-CO", en: "en-US" };

/** A compliance fraction as people read it: 0.853 → "85,3 %" (es-CO) or "85.3%" (en); null → "—". */
export function formatPercent(value: number | null, language: Language): string {
  if (value === null) return "—";
  return new Intl.NumberFormat(LOCALES[language], {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}
