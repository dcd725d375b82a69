/**
 * The management report (SPEC §7) as one standalone HTML5 file: inline CSS, no scripts, no external assets, so it
 * opens in any browser, travels by email and prints on A4 landscape. Bands carry their name, never colour alone.
 * Every text that comes from the plan is HTML-escaped; a Content-Security-Policy forbids scripts besides.
 */
import { Language } from "../messages/Language";
import { Band } from "../semaphore/Band";
import { BAND_COLORS } from "../workbook/workbookText";
import { escapeHtml } from "./escapeHtml";
import { ManagementReport, ReportArea, ReportRow, UnreportedRow } from "./ManagementReport";
import { reportTexts } from "./reportTexts";

const HTML_LANG: Record<Language, string> = { es: "es-CO", en: "en" };

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Calibri, Arial, Helvetica, sans-serif; color: #1a1a1a; margin: 24px auto; max-width: 1280px; padding: 0 16px; font-size: 14px; line-height: 1.35; }
h1 { color: #${BAND_COLORS.titleFill}; font-size: 24px; margin: 0 0 4px; }
h2 { color: #${BAND_COLORS.titleFill}; font-size: 18px; margin: 24px 0 8px; }
header p { margin: 2px 0; }
.organisation { font-size: 17px; font-weight: 600; }
.meta, .legend, .help { color: #444; }
.note { border-left: 4px solid #${BAND_COLORS.amarillo}; padding: 4px 8px; background: #fffbe6; }
.legend, .help { font-size: 12px; }
.institution { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px; border: 2px solid #${BAND_COLORS.titleFill}; border-radius: 8px; padding: 12px 20px; margin: 16px 0; }
.institution h2 { margin: 0; flex-basis: 100%; }
.institution .figure { font-size: 48px; font-weight: 700; line-height: 1.1; }
.institution .areas { color: #444; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
th, td { border: 1px solid #bfbfbf; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #${BAND_COLORS.titleFill}; color: #fff; font-weight: 600; }
td { white-space: pre-line; overflow-wrap: anywhere; }
td.num { text-align: right; white-space: nowrap; }
tr.level-institution td { font-weight: 700; }
tr.level-macroprocess td { font-weight: 600; background: #${BAND_COLORS.computedFill}; }
tr.level-area td.name { padding-left: 20px; }
.band { display: inline-block; min-width: 5.5em; text-align: center; padding: 1px 8px; border-radius: 10px; border: 1px solid rgba(0, 0, 0, 0.3); font-weight: 600; white-space: nowrap; }
.institution .band { font-size: 20px; padding: 4px 14px; }
.band-verde { background: #${BAND_COLORS.verde}; }
.band-amarillo { background: #${BAND_COLORS.amarillo}; }
.band-rojo { background: #${BAND_COLORS.rojo}; }
.band-sin-programacion { background: #${BAND_COLORS["sin-programacion"]}; }
.band-sin-diligenciar { background: #${BAND_COLORS["sin-diligenciar"]}; }
.band-con-errores { background: #${BAND_COLORS["con-errores"]}; }
td.rojo { background: #${BAND_COLORS.rojo}; }
td.over { background: #${BAND_COLORS.overExecution}; color: #fff; }
.none { font-style: italic; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5px; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr, .institution, .note { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .institution .figure { font-size: 36px; }
}
`;

export function renderReportHtml(report: ManagementReport, language: Language): string {
  const t = reportTexts(report, language);
  const e = escapeHtml;
  const badge = (band: Band): string => `<span class="band band-${band}">${e(t.band(band))}</span>`;
  const head = (headers: string[]): string =>
    `<thead><tr>${headers.map((header) => `<th scope="col">${e(header)}</th>`).join("")}</tr></thead>`;
  const cell = (text: string, className?: string): string =>
    `<td${className ? ` class="${className}"` : ""}>${e(text)}</td>`;

  const summaryRow = (
    level: "institution" | "macroprocess" | "area",
    code: string,
    name: string,
    programmed: string,
    compliance: number | null,
    band: Band
  ): string =>
    `<tr class="level-${level}">${cell(t.say(`report.level.${level}`))}${cell(code)}${cell(name, "name")}` +
    `${cell(programmed)}${cell(t.percent(compliance), "num")}<td>${badge(band)}</td></tr>`;
  const areaRow = (area: ReportArea): string =>
    summaryRow(
      "area",
      area.code,
      area.section ? `${area.section} ${area.name}` : area.name,
      t.say("report.programmedRows", { count: area.programmedRows, total: area.rows }) +
        t.leftOut(area.rowsWithErrors),
      area.compliance,
      area.band
    );
  const known = new Set(report.macroprocesses.map((macroprocess) => macroprocess.name));
  const summaryRows = [
    summaryRow(
      "institution",
      "",
      report.organisation,
      t.say("report.programmedAreas", {
        count: report.institution.areas,
        total: report.institution.totalAreas,
      }) +
        t.unfilled(report.institution.unfilledAreas) +
        t.leftOut(report.institution.rowsWithErrors),
      report.institution.compliance,
      report.institution.band
    ),
    ...report.macroprocesses.flatMap((macroprocess) => [
      summaryRow(
        "macroprocess",
        macroprocess.code ?? "",
        macroprocess.name,
        t.say("report.programmedAreas", {
          count: macroprocess.areas,
          total: macroprocess.totalAreas,
        }) +
          t.unfilled(macroprocess.unfilledAreas) +
          t.leftOut(macroprocess.rowsWithErrors),
        macroprocess.compliance,
        macroprocess.band
      ),
      ...report.areas.filter((area) => area.macroprocess === macroprocess.name).map(areaRow),
    ]),
    ...report.areas
      .filter((area) => area.macroprocess === null || !known.has(area.macroprocess))
      .map(areaRow),
  ];

  const section = <R extends ReportRow>(
    id: string,
    title: string,
    headers: string[],
    rows: R[],
    cells: (row: R) => string,
    none: string,
    help?: string
  ): string =>
    `<section id="${id}"><h2>${e(title)}</h2>${help ? `<p class="help">${e(help)}</p>` : ""}` +
    (rows.length === 0
      ? `<p class="none">${e(none)}</p>`
      : `<table>${head(headers)}<tbody>${rows.map((row) => `<tr>${cells(row)}</tr>`).join("")}</tbody></table>`) +
    `</section>`;
  const activity = (row: ReportRow): string => row.activity || row.objective;
  const complianceCells =
    (percentClass: string) =>
    (row: ReportRow): string =>
      cell(row.id) +
      cell(row.areaName) +
      cell(activity(row)) +
      cell(row.indicator) +
      cell(row.responsible) +
      cell(t.percent(row.compliance), `num ${percentClass}`) +
      cell(row.observations);
  const unreportedCells = (row: UnreportedRow): string =>
    cell(row.id) +
    cell(row.areaName) +
    cell(activity(row)) +
    cell(t.reasons(row)) +
    cell(row.responsible) +
    cell(row.status) +
    cell(row.observations);

  const institution = report.institution;
  return `<!DOCTYPE html>
<html lang="${HTML_LANG[language]}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="plan-matrix">
<title>${e(`${t.title} — ${report.organisation}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${e(t.title)}</h1>
<p class="organisation">${e(report.organisation)}</p>
<p class="meta">${e(`${t.cutoffLine} · ${t.generatedLine}`)}</p>
${t.cutoffNote ? `<p class="note">${e(t.cutoffNote)}</p>\n` : ""}</header>
<main>
<section class="institution" id="institution">
<h2>${e(t.say("report.institution"))}</h2>
<span class="figure">${e(t.percent(institution.compliance))}</span>
${badge(institution.band)}
<span class="areas">${e(t.say("report.institutionAreas", { count: institution.areas, total: institution.totalAreas }) + t.unfilled(institution.unfilledAreas) + t.leftOut(institution.rowsWithErrors))}</span>
</section>
<p class="legend">${e(t.legend)}</p>
<section id="summary"><h2>${e(t.say("report.summaryTitle"))}</h2>
<table class="summary">${head(t.summaryHeaders)}<tbody>
${summaryRows.join("\n")}
</tbody></table></section>
${section(
  "red",
  t.say("report.redTitle", { count: report.redRows.length }),
  t.complianceHeaders,
  report.redRows,
  complianceCells("rojo"),
  t.say("report.redNone")
)}
${section(
  "unreported",
  t.say("report.unreportedTitle", { count: report.unreportedRows.length }),
  t.unreportedHeaders,
  report.unreportedRows,
  unreportedCells,
  t.say("report.unreportedNone"),
  t.say("report.unreportedHelp")
)}
${section(
  "over-execution",
  t.say("report.overTitle", {
    threshold: t.percent(report.bands.overExecution),
    count: report.overExecutedRows.length,
  }),
  t.complianceHeaders,
  report.overExecutedRows,
  complianceCells("over"),
  t.say("report.overNone")
)}
</main>
</body>
</html>
`;
}
