/**
 * The words the informe is written with, in one language: catalogue messages, figures (percentages, amounts,
 * pesos), bands, lists ("a, b y c"), the cut-off date in words and period names. Only the document builder uses
 * them; the renderers take the document's text as it is.
 */
import { bandMessages } from "../messages/catalog/bandMessages";
import { ReportMessageCode, reportMessages } from "../messages/catalog/reportMessages";
import { formatMessage, MessageParams } from "../messages/formatMessage";
import { formatPercent } from "../messages/formatPercent";
import { formatIsoDate, formatLongDate } from "../messages/formatLocale";
import { Language, LOCALE_OF } from "../messages/Language";
import { Band } from "../semaphore/Band";
import { ManagementReport } from "./ManagementReport";
import { cutoffDate } from "./cutoffDate";
import { periodName } from "./periodName";

export type ReportTexts = {
  say: (code: ReportMessageCode, params?: MessageParams) => string;
  title: string;
  /** The report's cut-off in words: "30 de junio de 2021". */
  cutoffDate: string;
  /** A cut-off of this year (index into the plan's periods) in words, without the year: "31 de marzo". */
  cutoffDay: (index: number) => string;
  generatedDate: string;
  /** Said only when semester 1 cannot be measured at mid-year. */
  cutoffNote: string | null;
  legend: string;
  /** A compliance fraction: "96,7 %" (one decimal, as everywhere else). */
  percent: (value: number | null) => string;
  /** A Porcentaje-unit level: "45 %" (up to one decimal). */
  level: (value: number) => string;
  /** A count or amount: "1.234,5". */
  amount: (value: number) => string;
  /** Pesos: "$ 12.000.000". */
  money: (value: number) => string;
  band: (band: Band) => string;
  /** "a, b y c" / "a, b, and c". */
  list: (items: string[]) => string;
  /** The period at `index` in words: "el segundo trimestre". */
  period: (index: number) => string;
};

/**
 * Items joined as a sentence lists them: es "a, b y c" ("e" before a word sounding /i/: "Planeación e
 * Informática"), en "a and b", "a, b, and c". (Intl.ListFormat is ES2021, past the project's target.)
 */
export function joinList(items: string[], language: Language): string {
  if (items.length <= 1) return items.join("");
  const last = items[items.length - 1];
  const head = items.slice(0, -1).join(", ");
  if (language === "en") return items.length === 2 ? `${head} and ${last}` : `${head}, and ${last}`;
  const conjunction = /^h?[ií](?!e)/i.test(last) ? "e" : "y";
  return `${head} ${conjunction} ${last}`;
}

export function reportTexts(report: ManagementReport, language: Language): ReportTexts {
  const locale = LOCALE_OF[language];
  const say = (code: ReportMessageCode, params?: MessageParams): string =>
    formatMessage(reportMessages, language, code, params);
  const { cutoff, bands } = report;
  const count = cutoff.periodLabels.length;
  const day = (index: number): { year: number; month: number; day: number } =>
    cutoffDate(report.year, count, index);
  const whole = (value: number): string =>
    new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value);
  const ownDate = day(cutoff.index);
  const cutoffInWords = formatLongDate(ownDate.year, ownDate.month, ownDate.day, language);
  return {
    say,
    title: say(report.semester === 1 ? "report.title.1" : "report.title.2", { year: report.year }),
    cutoffDate: cutoffInWords,
    cutoffDay: (index) => {
      const { year, month, day: date } = day(index);
      return new Intl.DateTimeFormat(locale, {
        day: "numeric",
        month: "long",
        timeZone: "UTC",
      }).format(new Date(Date.UTC(year, month - 1, date)));
    },
    generatedDate: formatIsoDate(report.generatedAt, language),
    cutoffNote: cutoff.notMidYear ? say("report.cutoffNotMidYear", { date: cutoffInWords }) : null,
    legend: say("report.annex.legend", {
      green: whole(bands.green),
      yellow: whole(bands.yellow),
      over: whole(bands.overExecution),
    }),
    percent: (value) => formatPercent(value, language),
    level: whole,
    amount: (value) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value),
    money: (value) =>
      new Intl.NumberFormat(locale, {
        style: "currency",
        currency: "COP",
        maximumFractionDigits: 0,
      }).format(value),
    band: (band) => formatMessage(bandMessages, language, band),
    list: (items) => joinList(items, language),
    period: (index) => periodName(cutoff.periodKind, index, language),
  };
}
