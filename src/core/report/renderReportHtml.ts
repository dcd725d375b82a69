/**
 * The informe (SPEC §7) as one standalone HTML5 file, rendered from its document: inline CSS, no scripts, no
 * external assets, so it opens in any browser, travels by email and prints on A4. Headings, paragraphs, bullets and
 * tables as the document has them; bands carry their name, never colour alone. Every text is HTML-escaped; a
 * Content-Security-Policy forbids scripts besides.
 */
import { Language } from "../messages/Language";
import { BAND_COLORS } from "../workbook/workbookText";
import { escapeHtml } from "./escapeHtml";
import { ReportBlock, ReportDocument, ReportTable } from "./document/ReportDocument";

const HTML_LANG: Record<Language, string> = { es: "es-CO", en: "en" };

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Calibri, Arial, Helvetica, sans-serif; color: #1a1a1a; margin: 24px auto; max-width: 1100px; padding: 0 16px; font-size: 15px; line-height: 1.45; }
header { border-bottom: 3px solid #${BAND_COLORS.titleFill}; padding-bottom: 12px; margin-bottom: 16px; }
h1 { color: #${BAND_COLORS.titleFill}; font-size: 26px; margin: 0 0 6px; }
h2 { color: #${BAND_COLORS.titleFill}; font-size: 21px; margin: 28px 0 8px; border-bottom: 1px solid #bfbfbf; }
h3 { font-size: 17px; margin: 20px 0 6px; }
h4 { font-size: 15px; margin: 14px 0 4px; }
header p { margin: 2px 0; }
.organisation { font-size: 18px; font-weight: 600; }
.note { color: #444; font-size: 13px; font-style: italic; }
ul { margin: 4px 0 10px; padding-left: 22px; }
li { margin: 3px 0; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 12px; }
th, td { border: 1px solid #bfbfbf; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #${BAND_COLORS.titleFill}; color: #fff; font-weight: 600; }
td { overflow-wrap: anywhere; }
td.num { text-align: right; white-space: nowrap; }
.band { display: inline-block; min-width: 5.5em; text-align: center; padding: 1px 8px; border-radius: 10px; border: 1px solid rgba(0, 0, 0, 0.3); font-weight: 600; white-space: nowrap; }
.band-verde { background: #${BAND_COLORS.verde}; }
.band-amarillo { background: #${BAND_COLORS.amarillo}; }
.band-rojo { background: #${BAND_COLORS.rojo}; }
.band-sin-programacion { background: #${BAND_COLORS["sin-programacion"]}; }
.band-sin-diligenciar { background: #${BAND_COLORS["sin-diligenciar"]}; }
.band-con-errores { background: #${BAND_COLORS["con-errores"]}; }
@page { size: A4; margin: 16mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 11px; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
}
`;

/** Document heading levels 1–3 under the page's h1 (the title). */
const HEADING_TAG = { 1: "h2", 2: "h3", 3: "h4" } as const;

function renderTable(table: ReportTable): string {
  const e = escapeHtml;
  const head = `<thead><tr>${table.headers.map((header) => `<th scope="col">${e(header)}</th>`).join("")}</tr></thead>`;
  const body = table.rows
    .map(
      (cells) =>
        `<tr>${cells
          .map((cell) => {
            if (cell.band)
              return `<td${cell.value !== undefined ? ' class="num"' : ""}><span class="band band-${cell.band}">${e(cell.text)}</span></td>`;
            return cell.value !== undefined || cell.text === "—"
              ? `<td class="num">${e(cell.text)}</td>`
              : `<td>${e(cell.text)}</td>`;
          })
          .join("")}</tr>`
    )
    .join("\n");
  return `<table>${head}<tbody>\n${body}\n</tbody></table>`;
}

function renderBlock(block: ReportBlock): string {
  const e = escapeHtml;
  switch (block.kind) {
    case "heading": {
      const tag = HEADING_TAG[block.level];
      return `<${tag}>${e(block.text)}</${tag}>`;
    }
    case "paragraph":
      return block.tone === "note"
        ? `<p class="note">${e(block.text)}</p>`
        : `<p>${e(block.text)}</p>`;
    case "bullets":
      return `<ul>\n${block.items.map((item) => `<li>${e(item)}</li>`).join("\n")}\n</ul>`;
    case "table":
      return renderTable(block.table);
  }
}

export function renderReportHtml(document: ReportDocument): string {
  const e = escapeHtml;
  return `<!DOCTYPE html>
<html lang="${HTML_LANG[document.language]}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="plan-matrix">
<title>${e(`${document.title} — ${document.organisation}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${e(document.title)}</h1>
<p class="organisation">${e(document.organisation)}</p>
${document.cover.map((line) => `<p>${e(line)}</p>`).join("\n")}
</header>
<main>
${document.blocks.map(renderBlock).join("\n")}
</main>
</body>
</html>
`;
}
