/**
 * The informe de gestión (SPEC §7) of a management report, as a document in one language.
 * First cut: title, cover and the summary table only; the sections per macroprocess and area follow (issue 17).
 */
import { Language } from "../../messages/Language";
import { ManagementReport } from "../ManagementReport";
import { reportTexts } from "../reportTexts";
import { ReportDocument, ReportTableCell } from "./ReportDocument";

export function buildReportDocument(report: ManagementReport, language: Language): ReportDocument {
  const t = reportTexts(report, language);
  const percentCell = (value: number | null): ReportTableCell =>
    value === null
      ? { text: t.percent(null) }
      : { text: t.percent(value), value, format: "percent" };
  return {
    language,
    title: t.title,
    organisation: report.organisation,
    cover: [t.cutoffLine, t.generatedLine],
    blocks: [
      { kind: "heading", level: 1, text: t.say("report.summaryTitle") },
      {
        kind: "table",
        table: {
          headers: [
            t.say("report.header.name"),
            t.say("report.header.compliance"),
            t.say("report.header.band"),
          ],
          widths: [50, 15, 15],
          rows: report.areas.map((area) => [
            { text: area.name },
            percentCell(area.compliance),
            { text: t.band(area.band), band: area.band },
          ]),
        },
      },
    ],
  };
}
