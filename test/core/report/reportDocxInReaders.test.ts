/**
 * The informe's .docx read by programs nobody here wrote: LibreOffice Writer prints it to PDF (read back with
 * poppler's pdftotext), and python-docx (Debian python3-docx) opens it and lists its heading paragraphs with their
 * style names. Artefacts stay in test-output/.
 */
import { runPython } from "../../support/python";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { ReportBlock, ReportDocument } from "../../../src/core/report/document/ReportDocument";
import { renderReportDocx } from "../../../src/core/report/renderReportDocx";
import { convertWithLibreOffice } from "../../support/libreoffice";
import { testOutputDir } from "../../support/tempDir";

const AREAS = ["Dirección Ejecutiva", "Comunicaciones", "Gestión Jurídica"];

/** Two parts of three areas, each with a 30-row table: several pages, so the header row must repeat. */
function longDocument(language: "es" | "en"): ReportDocument {
  const areaBlocks = (part: string): ReportBlock[] =>
    AREAS.flatMap((area): ReportBlock[] => [
      { kind: "heading", level: 2, text: `${area} (${part})` },
      { kind: "paragraph", text: `Logros del área ${area}.` },
      { kind: "bullets", items: ["Primer logro", "Segundo logro"] },
      {
        kind: "table",
        table: {
          headers: ["Actividad", "Cumplimiento", "Semáforo"],
          widths: [50, 15, 15],
          rows: Array.from({ length: 30 }, (_, index) => [
            { text: `Actividad ${index + 1}` },
            { text: "87,5 %", value: 0.875, format: "percent" },
            { text: "Verde", band: "verde" },
          ]),
        },
      },
    ]);
  return {
    language,
    title: "Informe de gestión — I semestre de 2021",
    organisation: "Asociación Colombiana de Ciudades Capitales",
    cover: ["Con corte a 30 de junio de 2021", "Generado el 15 de julio de 2021"],
    blocks: [
      { kind: "heading", level: 1, text: "Resumen ejecutivo" },
      { kind: "paragraph", text: "La institución cumplió el 87,5 % de lo programado." },
      { kind: "heading", level: 1, text: "Gestión misional" },
      ...areaBlocks("misional"),
      { kind: "heading", level: 1, text: "Gestión de apoyo" },
      { kind: "heading", level: 3, text: "Dificultades" },
      { kind: "paragraph", text: "Ninguna.", tone: "note" },
      ...areaBlocks("apoyo"),
    ],
  };
}

const HEADINGS = [
  ["Heading 1", "Resumen ejecutivo"],
  ["Heading 1", "Gestión misional"],
  ...AREAS.map((area) => ["Heading 2", `${area} (misional)`]),
  ["Heading 1", "Gestión de apoyo"],
  ["Heading 3", "Dificultades"],
  ...AREAS.map((area) => ["Heading 2", `${area} (apoyo)`]),
];

function pagesOf(pdf: string): string[] {
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString("utf8");
  return text.split("\f").filter((page) => page.trim() !== "");
}

describe("the informe's .docx in LibreOffice Writer and python-docx", () => {
  const dir = testOutputDir("report-docx");
  const files = { es: path.join(dir, "informe-es.docx"), en: path.join(dir, "informe-en.docx") };
  let pages: { es: string[]; en: string[] };

  beforeAll(async () => {
    writeFileSync(files.es, await renderReportDocx(longDocument("es")));
    writeFileSync(files.en, await renderReportDocx(longDocument("en")));
    const [es, en] = convertWithLibreOffice([files.es, files.en], dir, "pdf");
    pages = { es: pagesOf(es), en: pagesOf(en) };
  });

  it("prints the cover alone on page 1, with the entity's name in the header", () => {
    const first = pages.es[0];
    for (const line of [
      "Informe de gestión — I semestre de 2021",
      "Asociación Colombiana de Ciudades Capitales",
      "Con corte a 30 de junio de 2021",
      "Generado el 15 de julio de 2021",
    ])
      expect(first).toContain(line);
    expect(first).not.toContain("Resumen ejecutivo");
    expect(pages.es[1]).toContain("Resumen ejecutivo");
    for (const page of pages.es)
      expect(page).toContain("Asociación Colombiana de Ciudades Capitales");
  });

  it("prints the headings in the document's order", () => {
    const text = pages.es.join("\n");
    const positions = HEADINGS.map(([, heading]) => text.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("numbers every page “Página n de N” (Spanish) and “Page n of N” (English)", () => {
    const count = pages.es.length;
    expect(count).toBeGreaterThanOrEqual(4);
    pages.es.forEach((page, index) => expect(page).toContain(`Página ${index + 1} de ${count}`));
    pages.en.forEach((page, index) =>
      expect(page).toContain(`Page ${index + 1} of ${pages.en.length}`)
    );
  });

  it("repeats a table's header row on the pages it runs onto", () => {
    const withRows = pages.es.filter((page) => /Actividad \d+/.test(page));
    expect(withRows.length).toBeGreaterThanOrEqual(3);
    for (const page of withRows) expect(page).toMatch(/Actividad\s+Cumplimiento\s+Semáforo/);
  });

  it("opens in python-docx with its headings in Word's heading styles", () => {
    const script = [
      "import docx, json, sys",
      "document = docx.Document(sys.argv[1])",
      "print(json.dumps([[p.style.name, p.text] for p in document.paragraphs",
      "  if p.style.name.startswith('Heading') or p.style.name == 'Title']))",
    ].join("\n");
    const listed = JSON.parse(runPython(["-c", script, files.es])) as string[][];
    expect(listed).toEqual([["Title", "Informe de gestión — I semestre de 2021"], ...HEADINGS]);
  });
});
