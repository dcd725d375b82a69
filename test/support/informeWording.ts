/**
 * What a board document must not say (SPEC §7, issue 17): tool jargon — command names, internal codes, table names,
 * band ids, SPEC references, period labels such as "T2" or "Corte: T2 (periodo 2 de 4)", placeholders left
 * unfilled — and counts that disagree with their noun ("1 filas", "3 área", "1 de 1 áreas": a noun agrees with the
 * number right before it). A plain function over text, so every rendering of the informe (the document, the sheet,
 * the HTML page, the Word file read back) can be checked alike.
 */
import { Language } from "../../src/core/messages/Language";

/** Nouns the informe counts, singular → plural. */
const NOUNS: Record<Language, Record<string, string>> = {
  es: {
    fila: "filas",
    área: "áreas",
    area: "areas",
    periodo: "periodos",
    período: "períodos",
    macroproceso: "macroprocesos",
    corte: "cortes",
    programado: "programados",
    ejecutado: "ejecutados",
    actividad: "actividades",
    logro: "logros",
    error: "errores",
    día: "días",
    mes: "meses",
    trimestre: "trimestres",
    semestre: "semestres",
  },
  en: {
    row: "rows",
    area: "areas",
    period: "periods",
    macroprocess: "macroprocesses",
    "cut-off": "cut-offs",
    activity: "activities",
    achievement: "achievements",
    error: "errors",
    day: "days",
    month: "months",
    quarter: "quarters",
  },
};

const JARGON: { pattern: RegExp; what: string }[] = [
  { pattern: /plan-matrix/i, what: "the tool's name" },
  { pattern: /\b(validate|consolidate|semaphore|upgrade)\b/, what: "a command name" },
  { pattern: /(^|\s)--[a-z]/, what: "a command-line option" },
  { pattern: /\bSPEC\b|§/, what: "a SPEC reference" },
  { pattern: /\bT_[A-Za-z0-9_]+/, what: "a table name" },
  { pattern: /\b(sin-programacion|sin-diligenciar|con-errores)\b/, what: "a band id" },
  { pattern: /\b[TSCBM]\d{1,2}\b/, what: "a period label" },
  { pattern: /\b(Corte|Cut-off):/, what: "a cut-off given by its label" },
  { pattern: /\bperiodo \d+ de \d+|\bperiod \d+ of \d+/i, what: "a period given by its position" },
  { pattern: /\{\w+(, plural)?/, what: "a placeholder left unfilled" },
  { pattern: /\b(undefined|NaN|null)\b/, what: "a missing value" },
  { pattern: /\p{L}\((s|es)\)/u, what: "a plural left to the reader" },
];

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Problems found in `text`: jargon (with `codes`, the plan's internal codes, as whole words, case as written) and
 * counts whose noun disagrees with the number before it. `names` (area and macroprocess names, users' text) are
 * blanked out first, so that a code that is also part of a name ("… – SGR") is not mistaken for the code.
 */
export function informeWordingProblems(
  text: string,
  language: Language,
  codes: string[],
  names: string[] = []
): string[] {
  const problems: string[] = [];
  const context = (index: number, length: number): string =>
    text.slice(Math.max(0, index - 30), index + length + 30).replace(/\s+/g, " ");
  let checked = text;
  for (const name of [...names].sort((a, b) => b.length - a.length))
    if (name !== "") checked = checked.split(name).join(" ".repeat(name.length));

  for (const { pattern, what } of JARGON) {
    const found = new RegExp(
      pattern.source,
      pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`
    );
    for (const match of checked.matchAll(found))
      problems.push(
        `${what}: "${match[0].trim()}" in "…${context(match.index ?? 0, match[0].length)}…"`
      );
  }
  for (const code of codes) {
    // A one-letter code ("A" for Apoyo) is also a word of prose ("A cargo de…"): it counts when no word follows it.
    const prose = code.length === 1 ? "(?!\\s+\\p{Ll})" : "";
    const found = new RegExp(
      `(?<![\\p{L}\\p{N}_-])${escapeRegExp(code)}(?![\\p{L}\\p{N}_])${prose}`,
      "gu"
    );
    for (const match of checked.matchAll(found))
      problems.push(`an internal code: "${code}" in "…${context(match.index ?? 0, code.length)}…"`);
  }

  const singular = NOUNS[language];
  const plural = new Map(Object.entries(singular).map(([one, many]) => [many, one]));
  // A count and its noun share a line (a table cell or a sheet cell never runs into the next one).
  // The count is a whole number as the language groups it ("1.240" es, "1,240" en), one space before its noun: a
  // section number ("3.1") or figures in two columns of a printed table are not a count and its noun.
  const counted =
    language === "es"
      ? /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})*)(?![\p{N}.,]\p{N})[ \u00a0]([\p{L}-]+)/gu
      : /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})*)(?![\p{N}.,]\p{N})[ \u00a0]([\p{L}-]+)/gu;
  for (const match of checked.matchAll(counted)) {
    const [whole, number, word] = match;
    const noun = word.toLowerCase();
    const one = number === "1";
    if (one && plural.has(noun))
      problems.push(`"${whole}": 1 takes the singular (${plural.get(noun)})`);
    else if (!one && noun in singular)
      problems.push(`"${whole}": ${number} takes the plural (${singular[noun]})`);
  }
  const article =
    language === "es"
      ? /\b(un|una|Un|Una)[ \u00a0]+([\p{L}]+)/gu
      : /\b(one|One)[ \u00a0]+([\p{L}-]+)/gu;
  for (const match of checked.matchAll(article))
    if (plural.has(match[2].toLowerCase()))
      problems.push(`"${match[0]}": "${match[1]}" takes the singular`);
  return problems;
}
