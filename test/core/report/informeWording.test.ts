import { buildReportDocument } from "../../../src/core/report/document/buildReportDocument";
import { layoutReportSheet } from "../../../src/core/report/layoutReportSheet";
import { renderReportHtml } from "../../../src/core/report/renderReportHtml";
import { renderReportDocx } from "../../../src/core/report/renderReportDocx";
import { informeWordingProblems } from "../../support/informeWording";
import { documentText, docxText, htmlText, sheetText } from "./informeText";
import { RICH_CODES, richReport } from "./richPlan";
import { sampleReport } from "./sampleReport";

describe("informeWordingProblems", () => {
  it("finds tool jargon and internal codes", () => {
    expect(
      informeWordingProblems(
        "4 filas con errores excluidas (plan-matrix validate). Corte: T2 (periodo 2 de 4). Tabla T_DJ; banda sin-programacion; véase SPEC §7. Área DJ. {count} filas",
        "es",
        ["DJ"]
      )
    ).toEqual([
      expect.stringMatching(/^the tool's name: "plan-matrix"/),
      expect.stringMatching(/^a command name: "validate"/),
      expect.stringMatching(/^a SPEC reference: "SPEC"/),
      expect.stringMatching(/^a SPEC reference: "§"/),
      expect.stringMatching(/^a table name: "T_DJ"/),
      expect.stringMatching(/^a band id: "sin-programacion"/),
      expect.stringMatching(/^a period label: "T2"/),
      expect.stringMatching(/^a cut-off given by its label: "Corte:"/),
      expect.stringMatching(/^a period given by its position: "periodo 2 de 4"/),
      expect.stringMatching(/^a placeholder left unfilled: "\{count"/),
      expect.stringMatching(/^an internal code: "DJ"/),
    ]);
  });

  it("finds counts that disagree with their noun, in Spanish and English", () => {
    expect(
      informeWordingProblems(
        "1 filas con errores; 3 área; 1 de 1 áreas; Un áreas; fila(s)",
        "es",
        []
      )
    ).toEqual([
      expect.stringMatching(/^a plural left to the reader/),
      '"1 filas": 1 takes the singular (fila)',
      '"3 área": 3 takes the plural (áreas)',
      '"1 áreas": 1 takes the singular (área)',
      '"Un áreas": "Un" takes the singular',
    ]);
    expect(informeWordingProblems("1 rows; 0 row; 2 of 1 areas", "en", [])).toEqual([
      '"1 rows": 1 takes the singular (row)',
      '"0 row": 0 takes the plural (rows)',
      '"1 areas": 1 takes the singular (area)',
    ]);
  });

  it("accepts counts that agree, dates, section numbers and codes inside the names given", () => {
    expect(
      informeWordingProblems(
        "1 de 1 fila; 0 de 1 área; 2 de 17 áreas; 1 de 17 áreas; Un área; 30 de junio de 2021; 3.1.1 Sistema General de Regalías – SGR; $ 12.000.000",
        "es",
        ["SGR"],
        ["Sistema General de Regalías – SGR"]
      )
    ).toEqual([]);
  });
});

describe("the informe says no jargon and agrees in number, in every rendering", () => {
  // The rich plan: three macroprocesses; areas in Verde (2), Amarillo (1), never filled (2, one with no rows);
  // rows in red (1), over-executed without explanation (1), without report (1 row in 1 area); counts of 0, 1, many.
  it.each(["es", "en"] as const)("%s", async (language) => {
    const report = richReport([
      {
        cutoff: "T1",
        date: "2021-04-05",
        code: null,
        name: "Institución",
        compliance: 0.7,
        band: "amarillo",
      },
      {
        cutoff: "T1",
        date: "2021-04-05",
        code: "DJU",
        name: "Dirección Jurídica",
        compliance: 0.5,
        band: "rojo",
      },
    ]);
    const document = buildReportDocument(report, language);
    const texts = {
      document: documentText(document),
      sheet: sheetText(layoutReportSheet(document)),
      html: htmlText(renderReportHtml(document)),
      docx: docxText(await renderReportDocx(document)),
    };
    for (const [rendering, text] of Object.entries(texts)) {
      expect([rendering, informeWordingProblems(text, language, RICH_CODES)]).toEqual([
        rendering,
        [],
      ]);
      // What the check relies on is really there: counts of 0, 1 and many, with their nouns.
      expect(text).toContain(language === "es" ? "0 de 1 área" : "0 of 1 area");
      expect(text).toContain(language === "es" ? "1 de 1 fila" : "1 of 1 row");
      expect(text).toContain(language === "es" ? "3 de 5 áreas" : "3 of 5 areas");
    }
  });

  it("holds for the sample plan too, whose area name carries its code (… – SGR)", async () => {
    const report = sampleReport(2);
    const names = report.areas.map((area) => area.name);
    for (const language of ["es", "en"] as const) {
      const document = buildReportDocument(report, language);
      for (const text of [
        documentText(document),
        sheetText(layoutReportSheet(document)),
        htmlText(renderReportHtml(document)),
        docxText(await renderReportDocx(document)),
      ])
        expect(
          informeWordingProblems(text, language, ["MI", "DJ", "SGR", "SMC", "CI"], names)
        ).toEqual([]);
    }
  });
});
