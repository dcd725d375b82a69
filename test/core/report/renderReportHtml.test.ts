import { renderReportHtml } from "../../../src/core/report/renderReportHtml";
import { formatPercent } from "../../../src/core/messages/formatPercent";
import { buildManagementReport } from "../../../src/core/report/buildManagementReport";
import { sampleTemplate } from "../../support/sampleTemplate";
import { numberRow, reportPlan } from "./reportPlan";
import { sampleReport } from "./sampleReport";

describe("renderReportHtml", () => {
  const report = sampleReport(1);
  const html = renderReportHtml(report, "es");

  it("is a standalone HTML5 document in Spanish with no scripts and no external assets", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="es-CO">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(
      "<title>Informe de gestión — I semestre de 2021 — Alcaldía de Ejemplo</title>"
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|<img|<iframe|\ssrc=|\shref=|url\(|@import/i);
    expect(html).toContain("default-src 'none'");
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
  });

  it("escapes every text that comes from the plan", () => {
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)");
    const hostile = '"><img src=x onerror=alert(2)> & </td>';
    const plan = reportPlan(sampleTemplate({ organisation: hostile }), {
      DJ: [numberRow([1, 1, 1, 1], [0, 0, 0, 0], { Responsable: hostile, Indicador: hostile })],
    });
    const escaped = renderReportHtml(
      buildManagementReport(plan, 1, { generatedAt: hostile }),
      "es"
    );
    expect(escaped).not.toContain("<img");
    expect(escaped.split("&lt;img src=x onerror=alert(2)&gt; &amp; &lt;/td&gt;").length - 1).toBe(
      // title, header, institution row; red row: indicator and responsible; generated line
      6
    );
  });

  it("puts the institution figure first, and every band as a label, not colour alone", () => {
    const institution = html.indexOf('class="institution"');
    expect(institution).toBeGreaterThan(0);
    expect(institution).toBeLessThan(html.indexOf('id="summary"'));
    const figure = formatPercent(report.institution.compliance, "es");
    expect(html).toContain(`<span class="figure">${figure}</span>`);
    expect(html).toContain('<span class="band band-rojo">Rojo</span>');
    expect(html).toContain('<span class="band band-amarillo">Amarillo</span>');
    // Control Interno, with no rows: Sin diligenciar (SPEC §5), never shown as Sin programación.
    expect(html).toContain('<span class="band band-sin-diligenciar">Sin diligenciar</span>');
    expect(html).not.toContain("Sin programación</span>");
  });

  it("lists the red, unreported and over-executed rows", () => {
    expect(html).toContain("Filas en rojo (2)");
    expect(html).toContain("Filas sin reporte (4)");
    expect(html).toMatch(/Sobreejecución: cumplimiento mayor que 120[^(]*\(1\)/);
    for (const id of ["DJ-01", "SGR-01", "DJ-02", "DJ-03"])
      expect(html).toContain(`<td>${id}</td>`);
    expect(html).toContain("<td>Sin ejecutado en T1, T2; «Estado del reporte» en Borrador</td>");
    expect(html).toContain("<td>Acompañar proyectos.</td>");
  });

  it("prints on A4 landscape without splitting table rows", () => {
    expect(html).toContain("@page { size: A4 landscape;");
    expect(html).toMatch(
      /@media print \{[^]*tr, [^{]*\{ break-inside: avoid; page-break-inside: avoid; \}/
    );
    expect(html).toContain("thead { display: table-header-group; }");
  });

  it("speaks English with language en", () => {
    const english = renderReportHtml(sampleReport(2), "en");
    expect(english).toContain('<html lang="en">');
    expect(english).toContain("<h1>Management report — second half of 2021</h1>");
    expect(english).toContain("Rows in red (3)");
    expect(english).toContain('<span class="band band-rojo">Red</span>');
    expect(english).not.toContain("Filas en rojo");
  });

  it("says so when a list is empty", () => {
    const empty = renderReportHtml(
      buildManagementReport(reportPlan(sampleTemplate()), 2, { generatedAt: "2022-01-10" }),
      "es"
    );
    expect(empty).toContain('<p class="none">Ninguna fila está en rojo al corte.</p>');
    expect(empty).toContain('<p class="none">Todas las filas con programación tienen reporte.</p>');
    expect(empty).toContain(`<span class="figure">${formatPercent(null, "es")}</span>`);
  });
});
