import { layoutReportSheet } from "../../../src/core/report/layoutReportSheet";
import { formatPercent } from "../../../src/core/messages/formatPercent";
import { BAND_COLORS } from "../../../src/core/workbook/workbookText";
import { CellInput, SheetPatch } from "../../../src/core/workbook/WorkbookPatch";
import { parseRangeAddress } from "../../../src/core/workbook/address";
import { defaultPeriods } from "../../../src/core/template/Template";
import { buildManagementReport } from "../../../src/core/report/buildManagementReport";
import { sampleTemplate } from "../../support/sampleTemplate";
import { reportPlan } from "./reportPlan";
import { HYPERLINK_TEXT, SCRIPT_TEXT, sampleReport } from "./sampleReport";

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
const rowOf = (rows: CellInput[][], first: CellInput): number =>
  rows.findIndex((row) => row?.[0] === first) + 1;
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
  const sheet = layoutReportSheet(sampleReport(1), "es");
  const rows = grid(sheet);

  it("is the Informe sheet with a title block naming the semester, organisation and cut-off", () => {
    expect(sheet.name).toBe("Informe");
    expect(sheet.visibility).toBe("visible");
    expect(rows[0][0]).toBe("Informe de gestión — I semestre de 2021");
    expect(rows[1][0]).toBe("Alcaldía de Ejemplo");
    expect(rows[2][0]).toBe("Corte: T2 (periodo 2 de 4) · Generado el 15 de julio de 2021");
    expect(sheet.merges).toEqual(expect.arrayContaining(["A1:G1", "A2:G2", "A3:G3"]));
  });

  it("shows the institution, each macroprocess with its areas, as numbers with band labels and fills", () => {
    const report = sampleReport(1);
    const first = rowOf(rows, "Institución");
    expect(rows[first - 1].slice(0, 6)).toEqual([
      "Institución",
      "",
      "Alcaldía de Ejemplo",
      // SPEC §5: the area never filled is named beside the average it is left out of.
      "2 de 3 áreas; sin diligenciar: 6.1 Control Interno",
      report.institution.compliance,
      "Rojo",
    ]);
    expect(rows.slice(first, first + 5).map((row) => row.slice(0, 3))).toEqual([
      ["Macroproceso", "MI", "Misional"],
      ["Área", "DJ", "3.1 Dirección Jurídica"],
      ["Área", "SGR", "3.1.1 Sistema General de Regalías – SGR"],
      ["Macroproceso", "SMC", "Seguimiento, Monitoreo y Control"],
      ["Área", "CI", "6.1 Control Interno"],
    ]);
    const dj = first + 2;
    expect(rows[dj - 1][4]).toBe(report.areas[0].compliance);
    expect(rows[dj - 1][5]).toBe("Amarillo");
    expect(styleAt(sheet, dj, 5)).toMatchObject({ numberFormat: "0.0%" });
    expect(styleAt(sheet, dj, 6)).toMatchObject({ fill: BAND_COLORS.amarillo });
    expect(rows[first + 4][4]).toBe("—");
    // Control Interno has no rows at all: Sin diligenciar (SPEC §5), its own colour, not Sin programación's grey.
    expect(rows[first + 4][5]).toBe("Sin diligenciar");
    expect(styleAt(sheet, first + 5, 6)).toMatchObject({ fill: BAND_COLORS["sin-diligenciar"] });
    // The prominent institutional line above the table.
    const headline = rowOf(rows, "Cumplimiento institucional");
    expect(headline).toBeGreaterThan(3);
    expect(headline).toBeLessThan(first);
    expect(styleAt(sheet, headline, 4)).toMatchObject({ fontSize: 14, numberFormat: "0.0%" });
  });

  it("lists the red, unreported and over-executed rows, writing users' text as plain strings", () => {
    const red = rowOf(rows, "Filas en rojo (2)");
    expect(rows[red]).toEqual([
      "ID",
      "Área",
      "Actividad / objetivo",
      "Indicador",
      "Responsable",
      "% Cumplimiento",
      "Observaciones",
    ]);
    expect(rows[red + 1]).toEqual([
      "DJ-01",
      "Dirección Jurídica",
      HYPERLINK_TEXT,
      "Casos mapeados",
      "Ana Pérez",
      0.25,
      SCRIPT_TEXT,
    ]);
    expect(rows[red + 2].slice(0, 3)).toEqual([
      "SGR-01",
      "Sistema General de Regalías – SGR",
      "Acompañar proyectos.",
    ]);
    expect(styleAt(sheet, red + 2, 6)).toMatchObject({
      fill: BAND_COLORS.rojo,
      numberFormat: "0.0%",
    });

    const unreported = rowOf(rows, "Filas sin reporte (4)");
    const reasons = rows
      .slice(unreported + 2, unreported + 6)
      .map((row) => [row[0], row[3], row[5]]);
    expect(reasons).toEqual([
      ["DJ-02", "«Estado del reporte» en Borrador", "borrador"],
      ["DJ-03", "«Estado del reporte» vacío", ""],
      ["SGR-01", "Sin ejecutado en T1, T2; «Estado del reporte» en Borrador", "Borrador"],
      ["SGR-02", "«Estado del reporte» vacío", ""],
    ]);

    const over = rowOf(
      rows,
      `Sobreejecución: cumplimiento mayor que ${formatPercent(1.2, "es")} (1)`
    );
    expect(rows[over + 1]).toEqual([
      "DJ-02",
      "Dirección Jurídica",
      "Conceptos jurídicos",
      "Indicador",
      "Luis Gómez",
      2,
      "Demanda mayor a la prevista",
    ]);
    // No formula anywhere: the report is values.
    expect(rows.flat().some((value) => value !== null && typeof value === "object")).toBe(false);
    expect(sheet.tables).toEqual([]);
  });

  it("is print-ready: landscape, fit to width, print area over the content, title rows repeated, widths", () => {
    const last = rows.length;
    while (rows[rows.length - 1].every((value) => value === null)) rows.pop();
    expect(sheet.pageSetup).toEqual({
      orientation: "landscape",
      fitToWidth: true,
      printArea: `A1:G${rows.length}`,
      printTitleRows: "1:3",
    });
    expect(last - rows.length).toBeLessThanOrEqual(1);
    expect(sheet.columnWidths).toHaveLength(7);
    expect(Math.min(...sheet.columnWidths!)).toBeGreaterThanOrEqual(10);
  });

  it("says when a list is empty, and why semester 1 of a three-period plan uses C2", () => {
    const plan = reportPlan(sampleTemplate({ periods: defaultPeriods("C") }));
    const report = buildManagementReport(plan, 1, { generatedAt: "2021-09-01" });
    const empty = grid(layoutReportSheet(report, "es")).map((row) => row[0]);
    expect(empty).toEqual(
      expect.arrayContaining([
        "Ninguna fila está en rojo al corte.",
        "Todas las filas con programación tienen reporte.",
        "Ninguna fila supera el umbral de sobreejecución.",
        expect.stringContaining("el I semestre se mide al corte C2"),
      ])
    );
  });

  it("speaks English with language en", () => {
    const english = grid(layoutReportSheet(sampleReport(2), "en"));
    expect(english[0][0]).toBe("Management report — second half of 2021");
    expect(english.map((row) => row[0])).toEqual(
      expect.arrayContaining(["Institution", "Rows in red (3)", "Rows without report (5)"])
    );
  });
  it("gives a row whose text wraps the height of its longest cell; one-line rows keep the default", () => {
    const report = sampleReport(1);
    const long = "Revisar y actualizar los conceptos jurídicos ".repeat(5).trim(); // 224 characters
    const red = { ...report.redRows[0], id: "DJ-LARGO", activity: long };
    const fitted = layoutReportSheet({ ...report, redRows: [red] }, "es");
    const row = rowOf(grid(fitted), "DJ-LARGO");
    // Activity is column C, 40 characters wide: 38 per line → ⌈224 ÷ 38⌉ = 6 lines of 15 pt = 90 pt.
    expect(long).toHaveLength(224);
    expect(fitted.rowHeights).toContainEqual({ row, height: 90 });
    const area = grid(fitted).findIndex((cells) => cells[2] === "3.1 Dirección Jurídica") + 1;
    expect(area).toBeGreaterThan(0);
    expect(fitted.rowHeights?.some((fit) => fit.row === area)).toBe(false);
  });
});
