/**
 * The regional settings Excel reads a typed entry with (Windows › Region, or the workbook's locale in Excel on the
 * web): the decimal mark, the thousands separator, the order of a short date, and the words for TRUE and FALSE.
 */
export type TypingLocale = {
  tag: string;
  decimal: string;
  group: string;
  /** The order of day, month and year in a short date: es-CO "dmy" (15/03/2021), en-US "mdy" (3/15/2021). */
  dateOrder: "dmy" | "mdy" | "ymd";
  trueWord: string;
  falseWord: string;
};

const BOOLEAN_WORDS: Record<string, [string, string]> = {
  es: ["VERDADERO", "FALSO"],
  en: ["TRUE", "FALSE"],
  pt: ["VERDADEIRO", "FALSO"],
  fr: ["VRAI", "FAUX"],
};

/** The typing conventions of a BCP 47 locale (es-CO, en-US, …), as the runtime's Intl data gives them. */
export function typingLocale(tag: string): TypingLocale {
  const numberParts = new Intl.NumberFormat(tag).formatToParts(1234567.5);
  const part = (type: string, fallback: string): string =>
    numberParts.find((candidate) => candidate.type === type)?.value ?? fallback;
  const order = new Intl.DateTimeFormat(tag, { timeZone: "UTC" })
    .formatToParts(new Date(Date.UTC(2021, 1, 3)))
    .map((candidate) => candidate.type)
    .filter((type) => type === "day" || type === "month" || type === "year")
    .map((type) => type[0])
    .join("");
  const [trueWord, falseWord] = BOOLEAN_WORDS[tag.split("-")[0].toLowerCase()] ?? BOOLEAN_WORDS.en;
  return {
    tag,
    decimal: part("decimal", "."),
    group: part("group", ","),
    dateOrder: order === "mdy" || order === "ymd" ? order : "dmy",
    trueWord,
    falseWord,
  };
}
