import {
  PAGE_ROOM,
  columnSpans,
  layoutReportSheet,
} from "../../../src/core/report/layoutReportSheet";
import { wrappedLines } from "../../../src/core/workbook/layout/wrappedRowHeight";
import { buildReportDocument } from "../../../src/core/report/document/buildReportDocument";
import { ReportDocument } from "../../../src/core/report/document/ReportDocument";
import { BAND_COLORS } from "../../../src/core/workbook/workbookText";
import { CellInput, SheetPatch } from "../../../src/core/workbook/WorkbookPatch";
import { parseRangeAddress } from "../../../src/core/workbook/address";
import { richReport } from "./richPlan";
import { HYPERLINK_TEXT, sampleReport } from "./sampleReport";

/** The sheet's values as rows (1-based row r is rows[r - 1]), from its blocks. */
function grid(sheet: SheetPatch): CellInput[][] {
  const rows: CellInput[][] = [];
  for (const block of sheet.blocks)
    block.values.forEach((values, r) =>
      values.forEach((value, c) => {
        (rows[block.row + r - 1] ??= [])[block.column + c - 1] = value;
      })
    );
  return rows;
}
const rowOf = (rows: CellInput[][], first: CellInput, from = 0): number =>
  rows.findIndex((row, index) => index >= from && row?.[0] === first) + 1;
/** Style properties that apply to a cell, later ranges winning. */
function styleAt(sheet: SheetPatch, row: number, column: number): Record<string, unknown> {
  return sheet.styles.reduce((style, styled) => {
    const { top, left, bottom, right } = parseRangeAddress(styled.range);
    return row >= top && row <= bottom && column >= left && column <= right
      ? { ...style, ...styled.style }
      : style;
  }, {});
}

describe("layoutReportSheet", () => {
  const sheet = layoutReportSheet(buildReportDocument(richReport(), "es"));
  const rows = grid(sheet);

  it("is the Informe sheet, its title rows naming the semester, the entity, the plan and the cut-off in words", () => {
    expect(sheet.name).toBe("Informe");
    expect(rows.slice(0, 4).map((row) => row[0])).toEqual([
      "Informe de gestión — I semestre de 2021",
      "Asociación de Ejemplo",
      "Plan de Acción 2021 · Con corte a 30 de junio de 2021",
      "Elaborado el 15 de julio de 2021",
    ]);
    expect(sheet.merges).toEqual(expect.arrayContaining(["A1:G1", "A2:G2", "A3:G3", "A4:G4"]));
  });

  it("gives each macroprocess and area its heading, in the plan's order, by name", () => {
    const headings = [
      "Misional",
      "3.1 Dirección Jurídica",
      "3.2 Comunicaciones",
      "Apoyo",
      "4.1 Gestión Humana",
      "4.2 Gestión Tecnológica",
      "Seguimiento y Control",
      "6.1 Control Interno",
    ].map((text) => rowOf(rows, text));
    expect(headings.every((row) => row > 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    expect(styleAt(sheet, headings[0], 1)).toMatchObject({ bold: true, fontSize: 14 });
    expect(styleAt(sheet, headings[1], 1)).toMatchObject({ bold: true, fontSize: 12 });
  });

  it("keeps figures as numbers with their format and band fills, the table's columns on spans of the seven", () => {
    const header = rowOf(rows, "Actividad", rowOf(rows, "3.1 Dirección Jurídica"));
    expect(rows[header - 1]).toEqual([
      "Actividad",
      null,
      "Unidad de medida",
      "Programado a la fecha",
      "Ejecutado a la fecha",
      "% Cumplimiento",
      "Semáforo",
    ]);
    expect(rows[header]).toEqual([
      "Hacer seguimiento a los procesos judiciales",
      null,
      "Número",
      20,
      5,
      0.25,
      "Rojo",
    ]);
    expect(sheet.merges).toContain(`A${header + 1}:B${header + 1}`);
    expect(styleAt(sheet, header + 1, 6)).toMatchObject({ numberFormat: "0.0%" });
    expect(styleAt(sheet, header + 1, 4)).toMatchObject({ numberFormat: "#,##0" });
    expect(styleAt(sheet, header + 1, 7)).toMatchObject({ fill: BAND_COLORS.rojo });
    // Comunicaciones measures levels: programmed 50 %, executed 45 %, as percentages.
    const levels = rowOf(rows, "Ejecutar el plan de medios");
    expect(rows[levels - 1].slice(2)).toEqual(["Porcentaje", 0.5, 0.45, 0.9, "Verde"]);
    expect(styleAt(sheet, levels, 4)).toMatchObject({ numberFormat: "0.0%" });
  });

  it("writes users' text as plain strings, never a formula", () => {
    const sample = grid(layoutReportSheet(buildReportDocument(sampleReport(1), "es")));
    expect(sample.flat()).toContain(HYPERLINK_TEXT);
    expect(sample.flat().some((value) => value !== null && typeof value === "object")).toBe(false);
  });

  it("is print-ready: landscape, one page wide, everything inside A:G, title rows repeated, wrapped rows tall enough", () => {
    expect(sheet.pageSetup).toEqual({
      orientation: "landscape",
      fitToWidth: true,
      printArea: `A1:G${rows.length}`,
      printTitleRows: "1:3",
    });
    expect(Math.max(...rows.map((row) => row.length))).toBe(7);
    for (const merge of sheet.merges) expect(merge).toMatch(/^[A-G]\d+:[A-G]\d+$/);
    expect(sheet.columnWidths).toEqual([46, 16, 16, 16, 16, 16, 16]);
    // The rule of the summary's achievements (202 characters) wraps at spaces in the full width (142 less 2): two
    // lines, 30 pt.
    const rule =
      rows.findIndex((row) => /^Se eligen entre las filas en Verde/.test(String(row[0]))) + 1;
    expect(String(rows[rule - 1][0])).toHaveLength(202);
    expect(sheet.rowHeights).toContainEqual({ row: rule, height: 30 });
  });
});

describe("wrappedLines and columnSpans", () => {
  it("wraps at spaces: 40 words of 7 letters take 17 + 17 + 6 words in 140 characters", () => {
    expect(wrappedLines("palabra ".repeat(40).trim(), 142)).toBe(3);
    expect(wrappedLines("corto", 142)).toBe(1);
    // A word longer than the line takes the lines it needs; a line break starts a line.
    expect(wrappedLines("x".repeat(30), 16)).toBe(3);
    expect(wrappedLines("uno\ndos", 46)).toBe(2);
  });

  it("maps a table's columns onto the seven by their proportions", () => {
    expect(columnSpans([60, 16, 16, 16, 14, 16])).toEqual([2, 1, 1, 1, 1, 1]);
    // Halves of 142: A–C is 78 (55 %), A–B 62 (44 %): 5 points off each beats 6.
    expect(columnSpans([50, 50])).toEqual([3, 4]);
    // The annex (name 45 %, level 12 %, programming 18 %, figure and band 12 % each): A–B 44 %, C 11 %, D–E 23 %,
    // F and G 11 %.
    expect(columnSpans([60, 16, 24, 16, 16])).toEqual([2, 1, 2, 1, 1]);
  });
});

describe("layoutReportSheet pagination", () => {
  const document = (blocks: ReportDocument["blocks"]): ReportDocument => ({
    language: "es",
    title: "Informe",
    organisation: "Entidad",
    cover: ["Plan de Acción 2021", "Con corte a 30 de junio de 2021"],
    blocks,
  });
  const table = (count: number): ReportDocument["blocks"][number] => ({
    kind: "table",
    table: {
      headers: ["Nombre", "Valor"],
      widths: [50, 50],
      rows: Array.from({ length: count }, (_, index) => [
        { text: `Fila ${index + 1}` },
        { text: String(index), value: index, format: "number" as const },
      ]),
    },
  });

  it("starts each page a long table continues on with the table's header", () => {
    expect(PAGE_ROOM).toBe(450);
    // Heading 21 pt + header 15 pt + 27 rows of 15 pt = 441 pt; the 28th would make 456 > 450: a page break, the
    // header again, then 29 rows (15 + 29 × 15 = 450), the header again and the last 4 rows.
    const sheet = layoutReportSheet(
      document([{ kind: "heading", level: 1, text: "Anexo" }, table(60)])
    );
    const rows = grid(sheet);
    expect(sheet.pageBreaksBefore).toEqual([33, 63]);
    expect(rows[32][0]).toBe("Nombre");
    expect(rows[33][0]).toBe("Fila 28");
    expect(rows[62][0]).toBe("Nombre");
    expect(rows[63][0]).toBe("Fila 57");
    expect(rows).toHaveLength(67);
  });

  it("keeps a short table whole and a heading with what follows", () => {
    // Heading 21 pt + 25 one-line paragraphs (375 pt) = 396 pt; the heading "Tabla" (15 pt) and the table (header
    // and 4 rows, 75 pt) would end at 486 > 450: they start the next page together.
    const paragraphs = Array.from({ length: 25 }, (_, index) => ({
      kind: "paragraph" as const,
      text: `Párrafo ${index + 1}`,
    }));
    const sheet = layoutReportSheet(
      document([
        { kind: "heading", level: 1, text: "Parte" },
        ...paragraphs,
        { kind: "heading", level: 3, text: "Tabla" },
        table(4),
      ])
    );
    const rows = grid(sheet);
    expect(sheet.pageBreaksBefore).toEqual([30]);
    expect(rows[29][0]).toBe("Tabla");
    expect(rows[30][0]).toBe("Nombre");
  });
});

describe("layoutReportSheet within Excel's limits", () => {
  const marker =
    " … [texto recortado: una celda de Excel admite 32.767 caracteres; el informe en HTML o Word lo trae completo]";
  // A row's texts joined (activity, deliverable, evidence, observations): each within a cell's 32,767 characters,
  // together past them. The marker is 109 characters, so the cut falls after 32,767 − 109 = 32,658; "😀" (two UTF-16
  // units) starts at 32,657, so the cut would split it: it goes whole, 32,657 "a" are kept.
  const long = "a".repeat(32_657) + "😀" + "b".repeat(8_000);
  const document = (language: "es" | "en"): ReportDocument => ({
    language,
    title: "Informe",
    organisation: "Entidad",
    cover: ["Plan de Acción 2021", "Con corte a 30 de junio de 2021"],
    blocks: [{ kind: "paragraph", text: long }],
  });
  const cellOf = (sheet: SheetPatch): CellInput | undefined =>
    grid(sheet)
      .flat()
      .find((value) => typeof value === "string" && value.startsWith("aaa"));

  it("cuts a text longer than a cell holds, never inside a character, and says so in the document's language", () => {
    expect(marker.length).toBe(109);
    expect(cellOf(layoutReportSheet(document("es")))).toBe("a".repeat(32_657) + marker);
    const english = cellOf(layoutReportSheet(document("en"))) as string;
    expect(
      english.endsWith(
        " … [text cut: an Excel cell holds 32,767 characters; the HTML or Word report has it whole]"
      )
    ).toBe(true);
    expect(english.length).toBeLessThanOrEqual(32_767);
  });

  it("keeps every row at most 409 points tall, Excel's tallest", () => {
    const heights = (layoutReportSheet(document("es")).rowHeights ?? []).map(
      ({ height }) => height
    );
    expect(Math.max(...heights)).toBe(409);
  });
});
