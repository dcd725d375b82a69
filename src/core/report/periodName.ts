/**
 * A period in words, for a reader who does not know the plan's labels: es "el segundo trimestre", "marzo"; en
 * "the second quarter", "March". Labels such as "T2" are the plan's own codes and never reach the informe.
 */
import { Language, LOCALE_OF } from "../messages/Language";
import { PeriodKind } from "../template/Template";

const ORDINALS: Record<Language, string[]> = {
  es: ["primer", "segundo", "tercer", "cuarto", "quinto", "sexto"],
  en: ["first", "second", "third", "fourth", "fifth", "sixth"],
};

const NOUNS: Record<Language, Record<Exclude<PeriodKind, "M">, string>> = {
  es: { S: "semestre", C: "cuatrimestre", T: "trimestre", B: "bimestre" },
  en: { S: "half", C: "four-month period", T: "quarter", B: "two-month period" },
};

export function periodName(kind: PeriodKind, index: number, language: Language): string {
  if (kind === "M")
    return new Intl.DateTimeFormat(LOCALE_OF[language], {
      month: "long",
      timeZone: "UTC",
    }).format(new Date(Date.UTC(2021, index, 1)));
  const ordinal = ORDINALS[language][index] ?? String(index + 1);
  return language === "es" ? `el ${ordinal} ${NOUNS.es[kind]}` : `the ${ordinal} ${NOUNS.en[kind]}`;
}
