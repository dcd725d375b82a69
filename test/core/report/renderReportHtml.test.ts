import { renderReportHtml } from "../../../src/core/report/renderReportHtml";
import { buildManagementReport } from "../../../src/core/report/buildManagementReport";
import { buildReportDocument } from "../../../src/core/report/document/buildReportDocument";
import { sampleTemplate } from "../../support/sampleTemplate";
import { numberRow, reportPlan } from "./reportPlan";
import { richReport } from "./richPlan";
import { sampleReport } from "./sampleReport";

describe("renderReportHtml", () => {
  const html = renderReportHtml(buildReportDocument(richReport(), "es"));

  it("is a standalone HTML5 document in Spanish with no scripts and no external assets", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="es-CO">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(
      "<title>Informe de gestión — I semestre de 2021 — Asociación de Ejemplo</title>"
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|<img|<iframe|\ssrc=|\shref=|url\(|@import/i);
    expect(html).toContain("default-src 'none'");
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
  });

  it("opens with the cover: entity, plan and the cut-off in words", () => {
    expect(html).toContain(
      "<header>\n<h1>Informe de gestión — I semestre de 2021</h1>\n" +
        '<p class="organisation">Asociación de Ejemplo</p>\n' +
        "<p>Plan de Acción 2021</p>\n<p>Con corte a 30 de junio de 2021</p>\n<p>Elaborado el 15 de julio de 2021</p>\n</header>"
    );
  });

  it("renders the document's headings, sentences and tables, bands with their names", () => {
    expect(html).toContain("<h2>Resumen ejecutivo</h2>");
    expect(html).toContain("<h2>Misional</h2>");
    expect(html).toContain("<h3>3.1 Dirección Jurídica</h3>");
    expect(html).toContain("<h4>Logros</h4>");
    expect(html).toContain(
      "<li>Funcionarios certificados en el Diplomado en Gestión Pública: se ejecutaron 58 de 60 programados a la fecha (96,7%). La evidencia reportada es «Listas de asistencia y certificados».</li>"
    );
    expect(html).toContain(
      '<tr><td>Hacer seguimiento a los procesos judiciales</td><td>Número</td><td class="num">20</td><td class="num">5</td><td class="num">25,0%</td><td><span class="band band-rojo">Rojo</span></td></tr>'
    );
    expect(html).toContain('<span class="band band-sin-diligenciar">Sin diligenciar</span>');
    expect(html).toContain('<p class="note">Es el presupuesto que las áreas programaron');
  });

  it("escapes every text that comes from the plan", () => {
    const sample = renderReportHtml(buildReportDocument(sampleReport(1), "es"));
    expect(sample).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(sample).toContain("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)");
    const hostile = '"><img src=x onerror=alert(2)> & </td>';
    const plan = reportPlan(sampleTemplate({ organisation: hostile }), {
      DJ: [numberRow([1, 1, 1, 1], [0, 0, 0, 0], { Responsable: hostile, Entregable: hostile })],
    });
    const escaped = renderReportHtml(
      buildReportDocument(
        buildManagementReport(plan, 1, { generatedAt: "2021-07-01", language: "es" }),
        "es"
      )
    );
    expect(escaped).not.toContain("<img");
    expect(escaped).toContain("&lt;img src=x onerror=alert(2)&gt; &amp; &lt;/td&gt;");
  });

  it("prints without splitting table rows, repeating table headers", () => {
    expect(html).toContain("@page { size: A4;");
    expect(html).toMatch(
      /@media print \{[^]*tr, li \{ break-inside: avoid; page-break-inside: avoid; \}/
    );
    expect(html).toContain("thead { display: table-header-group; }");
  });

  it("speaks English with language en", () => {
    const english = renderReportHtml(buildReportDocument(sampleReport(2), "en"));
    expect(english).toContain('<html lang="en">');
    expect(english).toContain("<h1>Management report — second half of 2021</h1>");
    expect(english).toContain("<p>As of December 31, 2021</p>");
    expect(english).toContain('<span class="band band-rojo">Red</span>');
    expect(english).not.toContain("Resumen ejecutivo");
  });
});
