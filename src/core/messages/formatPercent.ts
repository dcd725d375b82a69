import { Language, LOCALE_OF } from "./Language";

/**
 * A compliance fraction as people read it: 0.853 → "85,3 %" (es-CO) or "85.3%" (en); null → "—". A value that is
 * not a finite number is no figure either ("—", never "NaN %"): the semáforo marks such figures `con-errores`.
 */
export function formatPercent(value: number | null, language: Language): string {
  if (value === null || !Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(LOCALE_OF[language], {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}
