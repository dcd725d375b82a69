/** The wording the `Informe` sheet and the HTML file share, in one language: titles, lines, labels and reasons. */
import { bandMessages } from "../messages/catalog/bandMessages";
import { ReportMessageCode, reportMessages } from "../messages/catalog/reportMessages";
import { formatMessage, MessageParams } from "../messages/formatMessage";
import { formatPercent } from "../messages/formatPercent";
import { formatIsoDate } from "../messages/formatLocale";
import { Language } from "../messages/Language";
import { Band } from "../semaphore/Band";
import {
  ManagementReport,
  UnfilledArea,
  UnreportedReason,
  UnreportedRow,
} from "./ManagementReport";
import { averageMessages } from "../messages/catalog/averageMessages";
import { unfilledAreaNames } from "../semaphore/describeAverage";

export type ReportTexts = {
  say: (code: ReportMessageCode, params?: MessageParams) => string;
  title: string;
  cutoffLine: string;
  /** Said only when semester 1 cannot be measured at mid-year. */
  cutoffNote: string | null;
  generatedLine: string;
  legend: string;
  percent: (value: number | null) => string;
  band: (band: Band) => string;
  reasons: (row: UnreportedRow) => string;
  /** "" or what a figure left out because of errors, to follow its count of areas or rows. */
  leftOut: (count: number) => string;
  /** "" or "; sin diligenciar: 4.4 Gestión Tecnológica", to follow a count of areas (SPEC §5). */
  unfilled: (areas: UnfilledArea[]) => string;
  /** Column headings of the summary: institution, macroprocesses, areas. */
  summaryHeaders: string[];
  /** Column headings of the red and over-executed row lists. */
  complianceHeaders: string[];
  /** Column headings of the list of rows not reported. */
  unreportedHeaders: string[];
};

export function reportTexts(report: ManagementReport, language: Language): ReportTexts {
  const say = (code: ReportMessageCode, params?: MessageParams): string =>
    formatMessage(reportMessages, language, code, params);
  const percent = (value: number | null): string => formatPercent(value, language);
  const { cutoff, bands } = report;
  const reason = (code: UnreportedReason, row: UnreportedRow): string =>
    code === "noExecuted"
      ? say("report.reason.noExecuted", { periods: row.missingPeriods.join(", ") })
      : say(code === "statusBlank" ? "report.reason.statusBlank" : "report.reason.statusDraft");
  const whole = (value: number): string =>
    new Intl.NumberFormat(language === "es" ? "es-CO" : "en-US", {
      style: "percent",
      maximumFractionDigits: 1,
    }).format(value);
  return {
    say,
    title: say(report.semester === 1 ? "report.title.1" : "report.title.2", { year: report.year }),
    cutoffLine: say("report.cutoff", {
      cutoff: cutoff.label,
      position: cutoff.index + 1,
      count: cutoff.periodLabels.length,
    }),
    cutoffNote: cutoff.notMidYear
      ? say("report.cutoffNotMidYear", { count: cutoff.periodLabels.length, cutoff: cutoff.label })
      : null,
    generatedLine: say("report.generatedAt", { date: formatIsoDate(report.generatedAt, language) }),
    legend: say("report.legend", {
      green: whole(bands.green),
      yellow: whole(bands.yellow),
      over: whole(bands.overExecution),
    }),
    percent,
    band: (band) => formatMessage(bandMessages, language, band),
    reasons: (row) => row.reasons.map((code) => reason(code, row)).join("; "),
    leftOut: (count) => (count > 0 ? say("report.leftOut", { count }) : ""),
    unfilled: (areas) =>
      areas.length === 0
        ? ""
        : `; ${formatMessage(averageMessages, language, "average.unfilled", {
            areas: unfilledAreaNames({ unfilledAreas: areas }),
          })}`,
    summaryHeaders: [
      say("report.header.level"),
      say("report.header.code"),
      say("report.header.name"),
      say("report.header.programmed"),
      say("report.header.compliance"),
      say("report.header.band"),
    ],
    complianceHeaders: [
      say("report.header.id"),
      say("report.header.area"),
      say("report.header.activity"),
      say("report.header.indicator"),
      say("report.header.responsible"),
      say("report.header.compliance"),
      say("report.header.observations"),
    ],
    unreportedHeaders: [
      say("report.header.id"),
      say("report.header.area"),
      say("report.header.activity"),
      say("report.header.reason"),
      say("report.header.responsible"),
      say("report.header.status"),
      say("report.header.observations"),
    ],
  };
}
