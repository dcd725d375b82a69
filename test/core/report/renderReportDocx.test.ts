/**
 * The Word rendering of the informe, read as a package: fflate opens the zip and @xmldom/xmldom the parts (neither
 * is what wrote them). The document is built by hand here, so what each part must hold is known.
 */
import { DOMParser, Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { ReportDocument } from "../../../src/core/report/document/ReportDocument";
import { renderReportDocx } from "../../../src/core/report/renderReportDocx";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function documentIn(language: "es" | "en"): ReportDocument {
  return {
    language,
    title: language === "es" ? "Informe de gestión — I semestre de 2021" : "Management report",
    organisation: "Asociación Colombiana de Ciudades Capitales",
    cover: ["Con corte a 30 de junio de 2021", "Generado el 15 de julio de 2021"],
    blocks: [
      { kind: "heading", level: 1, text: "Resumen ejecutivo" },
      { kind: "paragraph", text: "La institución cumplió el 87,5 % de lo programado." },
      { kind: "paragraph", text: "Verde: 80 % o más.", tone: "note" },
      { kind: "heading", level: 2, text: "Dirección Ejecutiva" },
      { kind: "heading", level: 3, text: "Logros" },
      { kind: "bullets", items: ["Diplomado dictado a 58 funcionarios", "Dos foros regionales"] },
      { kind: "paragraph", text: '=HYPERLINK("x")' },
      { kind: "paragraph", text: "<b>x</b> & {PAGE}" },
      {
        kind: "table",
        table: {
          headers: ["Área", "Cumplimiento", "Semáforo"],
          widths: [50, 15, 15],
          rows: [
            [
              { text: "Dirección Ejecutiva" },
              { text: "87,5 %", value: 0.875, format: "percent" },
              { text: "Verde", band: "verde" },
            ],
            [
              { text: "Comunicaciones" },
              { text: "40,0 %", value: 0.4, format: "percent" },
              { text: "Rojo", band: "rojo" },
            ],
          ],
        },
      },
    ],
  };
}

type Package = Record<string, string>;

async function packageOf(document: ReportDocument): Promise<Package> {
  const bytes = await renderReportDocx(document);
  const entries = unzipSync(bytes);
  return Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
}

function xml(text: string): Element {
  return new DOMParser().parseFromString(text, "text/xml").documentElement as Element;
}

function all(root: Element, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(W, name));
}

function textOf(element: Element): string {
  return all(element, "t")
    .map((t) => t.textContent ?? "")
    .join("");
}

function styleOf(paragraph: Element): string | null {
  const style = all(paragraph, "pStyle")[0];
  return style ? style.getAttributeNS(W, "val") : null;
}

/** The part a section's default header or footer points to, through the document's relationships. */
function partOf(pkg: Package, reference: "headerReference" | "footerReference"): Element {
  const body = xml(pkg["word/document.xml"]);
  const ref = all(body, reference).find((r) => r.getAttributeNS(W, "type") === "default");
  const id = ref?.getAttributeNS(
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "id"
  );
  const rels = xml(pkg["word/_rels/document.xml.rels"]);
  const target = Array.from(rels.getElementsByTagName("Relationship"))
    .find((r) => r.getAttribute("Id") === id)
    ?.getAttribute("Target");
  expect(target).toBeTruthy();
  return xml(pkg[`word/${target}`]);
}

/** The field codes a part holds, simple or complex, trimmed: "PAGE", "NUMPAGES". */
function fieldsIn(part: Element): string[] {
  const simple = all(part, "fldSimple").map((f) => f.getAttributeNS(W, "instr") ?? "");
  const complex = all(part, "instrText").map((f) => f.textContent ?? "");
  return [...simple, ...complex].map((code) => code.trim());
}

describe("the informe as a .docx package", () => {
  it("gives headings Word's heading styles, in order, after the cover's title", async () => {
    const body = xml((await packageOf(documentIn("es")))["word/document.xml"]);
    const styled = all(body, "p")
      .filter((p) => /^(Title|Heading\d)$/.test(styleOf(p) ?? ""))
      .map((p) => [styleOf(p), textOf(p)]);
    expect(styled).toEqual([
      ["Title", "Informe de gestión — I semestre de 2021"],
      ["Heading1", "Resumen ejecutivo"],
      ["Heading2", "Dirección Ejecutiva"],
      ["Heading3", "Logros"],
    ]);
  });

  it("defines Heading 1–3 with their outline levels (Word's navigation pane reads them)", async () => {
    const styles = xml((await packageOf(documentIn("es")))["word/styles.xml"]);
    const outline = (id: string): string | null => {
      const style = all(styles, "style").find((s) => s.getAttributeNS(W, "styleId") === id);
      return style ? (all(style, "outlineLvl")[0]?.getAttributeNS(W, "val") ?? null) : null;
    };
    expect([outline("Heading1"), outline("Heading2"), outline("Heading3")]).toEqual([
      "0",
      "1",
      "2",
    ]);
  });

  it("puts the cover on the first page and starts the body on the next", async () => {
    const body = xml((await packageOf(documentIn("es")))["word/document.xml"]);
    const paragraphs = all(body, "p");
    const breakAt = paragraphs.findIndex((p) =>
      all(p, "br").some((br) => br.getAttributeNS(W, "type") === "page")
    );
    expect(paragraphs.slice(0, breakAt + 1).map(textOf)).toEqual([
      "Informe de gestión — I semestre de 2021",
      "Asociación Colombiana de Ciudades Capitales",
      "Con corte a 30 de junio de 2021",
      "Generado el 15 de julio de 2021",
    ]);
    expect(textOf(paragraphs[breakAt + 1])).toBe("Resumen ejecutivo");
  });

  it("makes bullets a real list (a numbering definition), not a typed bullet", async () => {
    const pkg = await packageOf(documentIn("es"));
    const body = xml(pkg["word/document.xml"]);
    const listed = all(body, "p").filter((p) => all(p, "numPr").length > 0);
    expect(listed.map(textOf)).toEqual([
      "Diplomado dictado a 58 funcionarios",
      "Dos foros regionales",
    ]);
    const numId = all(listed[0], "numId")[0].getAttributeNS(W, "val");
    const numbering = xml(pkg["word/numbering.xml"]);
    const num = all(numbering, "num").find((n) => n.getAttributeNS(W, "numId") === numId);
    const abstractId = all(num as Element, "abstractNumId")[0].getAttributeNS(W, "val");
    const abstract = all(numbering, "abstractNum").find(
      (a) => a.getAttributeNS(W, "abstractNumId") === abstractId
    ) as Element;
    expect(all(abstract, "numFmt")[0].getAttributeNS(W, "val")).toBe("bullet");
  });

  it("gives a note paragraph the smaller note style", async () => {
    const pkg = await packageOf(documentIn("es"));
    const body = xml(pkg["word/document.xml"]);
    const note = all(body, "p").find((p) => textOf(p) === "Verde: 80 % o más.") as Element;
    const styleId = styleOf(note);
    const styles = xml(pkg["word/styles.xml"]);
    const style = all(styles, "style").find((s) => s.getAttributeNS(W, "styleId") === styleId);
    expect(style && all(style, "sz")[0].getAttributeNS(W, "val")).toBe("18");
  });

  it("repeats the table's header row, fills band cells and right-aligns figures", async () => {
    const body = xml((await packageOf(documentIn("es")))["word/document.xml"]);
    const [table] = all(body, "tbl");
    const rows = all(table, "tr");
    expect(rows.map((row) => all(row, "tblHeader").length > 0)).toEqual([true, false, false]);
    const cells = (row: Element) => all(row, "tc");
    const fill = (cell: Element) => all(cell, "shd")[0]?.getAttributeNS(W, "fill") ?? null;
    const alignment = (cell: Element) => all(cell, "jc")[0]?.getAttributeNS(W, "val") ?? null;
    expect(cells(rows[1]).map(textOf)).toEqual(["Dirección Ejecutiva", "87,5 %", "Verde"]);
    expect(cells(rows[1]).map(fill)).toEqual([null, null, "63BE7B"]);
    expect(cells(rows[2]).map(fill)).toEqual([null, null, "F8696B"]);
    expect(cells(rows[1]).map(alignment)).toEqual(["left", "right", "left"]);
    // The percent column's header sits over its figures.
    expect(cells(rows[0]).map(alignment)).toEqual(["left", "right", "left"]);
  });

  it("keeps a short row on one page, and lets a row as long as a page split", async () => {
    const document = documentIn("es");
    document.blocks = [
      {
        kind: "table",
        table: {
          headers: ["Área", "Logros"],
          widths: [1, 3],
          rows: [
            [{ text: "Comunicaciones" }, { text: "Dos foros regionales." }],
            [{ text: "Dirección Ejecutiva" }, { text: "Diplomado dictado. ".repeat(60) }],
          ],
        },
      },
    ];
    const body = xml((await packageOf(document))["word/document.xml"]);
    const rows = all(all(body, "tbl")[0], "tr");
    // <w:cantSplit/> is on; absent or w:val="false" is off.
    const keptWhole = (row: Element): boolean =>
      all(row, "cantSplit").some(
        (on) => !["false", "0"].includes(on.getAttributeNS(W, "val") ?? "")
      );
    expect(rows.map(keptWhole)).toEqual([true, true, false]);
  });

  it("numbers pages in the footer with PAGE and NUMPAGES, in the document's language", async () => {
    const es = partOf(await packageOf(documentIn("es")), "footerReference");
    expect(fieldsIn(es)).toEqual(["PAGE", "NUMPAGES"]);
    expect(textOf(es).replace(/\s+/g, " ")).toMatch(/^Página \d* ?de \d*$/);
    expect(all(es, "t").map((t) => t.textContent)).toEqual(
      expect.arrayContaining(["Página ", " de "])
    );
    const en = partOf(await packageOf(documentIn("en")), "footerReference");
    expect(fieldsIn(en)).toEqual(["PAGE", "NUMPAGES"]);
    expect(all(en, "t").map((t) => t.textContent)).toEqual(
      expect.arrayContaining(["Page ", " of "])
    );
  });

  it("writes the entity's name in the header", async () => {
    const header = partOf(await packageOf(documentIn("es")), "headerReference");
    expect(textOf(header)).toBe("Asociación Colombiana de Ciudades Capitales");
  });

  it("is a Letter page with the language tag of the document's language", async () => {
    for (const [language, tag] of [
      ["es", "es-CO"],
      ["en", "en-US"],
    ] as const) {
      const pkg = await packageOf(documentIn(language));
      const size = all(xml(pkg["word/document.xml"]), "pgSz")[0];
      expect([size.getAttributeNS(W, "w"), size.getAttributeNS(W, "h")]).toEqual([
        "12240",
        "15840",
      ]);
      const defaults = all(xml(pkg["word/styles.xml"]), "rPrDefault")[0];
      expect(all(defaults, "lang")[0].getAttributeNS(W, "val")).toBe(tag);
    }
  });

  it("keeps what users typed literal: no field, no markup, no formula", async () => {
    const body = xml((await packageOf(documentIn("es")))["word/document.xml"]);
    const texts = all(body, "p").map(textOf);
    expect(texts).toContain('=HYPERLINK("x")');
    expect(texts).toContain("<b>x</b> & {PAGE}");
    expect(fieldsIn(body)).toEqual([]);
    expect(all(body, "hyperlink")).toEqual([]);
    const markup = all(body, "p").find((p) => textOf(p).startsWith("<b>")) as Element;
    expect(all(markup, "t").map((t) => t.textContent)).toEqual(["<b>x</b> & {PAGE}"]);
    expect(all(markup, "b")).toEqual([]);
  });

  it("drops control characters XML cannot hold and turns line breaks into Word's", async () => {
    const document = documentIn("es");
    document.blocks = [{ kind: "paragraph", text: "uno\u0007\ndos" }];
    const body = xml((await packageOf(document))["word/document.xml"]);
    const paragraph = all(body, "p").find((p) => textOf(p) === "unodos") as Element;
    expect(paragraph).toBeTruthy();
    expect(all(paragraph, "br").length).toBe(1);
  });
  it("widens a narrow column to its longest word, taking the room from the wide one", async () => {
    const parts = await packageOf({
      ...documentIn("es"),
      blocks: [
        {
          kind: "table",
          table: {
            headers: ["Nombre", "Nivel", "% Cumplimiento"],
            widths: [60, 8, 8],
            rows: [[{ text: "Institución" }, { text: "Macroproceso" }, { text: "87,9 %" }]],
          },
        },
      ],
    });
    const grid = all(xml(parts["word/document.xml"]), "gridCol").map((column) =>
      Number(column.getAttributeNS(W, "w"))
    );
    // Text width 12240 − 2 × 1440 = 9360 twips; 60 : 8 : 8 gives 7389, 985, 985. A 12-letter word at 9 pt takes
    // ⌈12 × 4.5 × 0.55 × 20⌉ + 200 = 1388 twips ("Macroproceso", "Cumplimiento"): 2 × 403 = 806 more, taken from
    // the first column, which keeps more than its "Institución" (1289).
    expect(grid).toEqual([7389 - 806, 1388, 1388]);
  });
});
