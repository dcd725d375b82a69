/**
 * What the package writer adds beyond cells, read back by openpyxl: a chart over a sheet of a brand-new workbook
 * (`writePatchedBytes(null, …)`), conditional formats whose style is a number format (a dxf with `<numFmt>`), and
 * Excel's narrow page margins; and the same on the generated 2021 plan (Porcentaje rows shown as percentages, area
 * tabs printed with narrow margins).
 */
import { runPython } from "../../../support/python";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_TEMPLATE } from "../../../../src/core/template/defaultTemplate";
import { layoutWorkbook } from "../../../../src/core/workbook/layoutWorkbook";
import { emptySheet, SheetPatch } from "../../../../src/core/workbook/WorkbookPatch";
import { writePatchedBytes } from "../../../../src/shells/xlsx/package/packageBytes";
import { testOutputDir } from "../../../support/tempDir";

const dir = testOutputDir("charts-formats-margins");

/** Per sheet: its charts (type, series count), its conditional-format number formats and its left/right margins. */
const READ = `
import json, sys, warnings, openpyxl
warnings.simplefilter("ignore")
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    formats = []
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            if rule.dxf is not None and rule.dxf.numFmt is not None:
                formats.append([str(cf.sqref), rule.formula[0], rule.dxf.numFmt.formatCode])
    out[ws.title] = {
        "charts": [[type(c).__name__, len(c.series), c.anchor._from.row + 1, c.anchor._from.col + 1] for c in ws._charts],
        "formats": formats,
        "margins": [ws.page_margins.left, ws.page_margins.right],
        "fill": [[str(cf.sqref), r.dxf.fill.bgColor.rgb] for cf in ws.conditional_formatting for r in cf.rules if r.dxf is not None and r.dxf.fill is not None],
    }
print(json.dumps(out))
`;

type Read = Record<
  string,
  { charts: unknown[]; formats: string[][]; margins: number[]; fill: string[][] }
>;

function readWithOpenpyxl(file: string): Read {
  return JSON.parse(
    runPython(["-c", READ, file], {
      maxBuffer: 64 * 1024 * 1024,
    })
  ) as Read;
}

describe("the package writer's charts, conditional number formats and margins", () => {
  it("writes them into a new workbook, and openpyxl reads them back", async () => {
    const sheet: SheetPatch = {
      ...emptySheet("Datos"),
      blocks: [
        {
          row: 1,
          column: 1,
          values: [
            ["Área", "Cumplimiento", "Unidad"],
            ["Jurídica", 0.25, "Porcentaje"],
            ["Estudios", 0.9, "Número"],
          ],
        },
      ],
      conditionalFormats: [
        {
          range: "B2:B3",
          rules: [
            {
              kind: "expression",
              formula: '$C2="Porcentaje"',
              style: { numberFormat: "0%", fill: "FFEB9C" },
            },
            { kind: "expression", formula: '$C2="Número"', style: { numberFormat: '0.0 "pts"' } },
          ],
        },
      ],
      pageSetup: { orientation: "landscape", fitToWidth: true, margins: "narrow" },
      charts: [
        {
          title: "Cumplimiento por área",
          from: "E2",
          to: "L20",
          direction: "column",
          categories: { ref: "'Datos'!$A$2:$A$3", cache: ["Jurídica", "Estudios"] },
          series: [
            {
              name: "Cumplimiento",
              kind: "bar",
              values: { ref: "'Datos'!$B$2:$B$3", cache: [0.25, 0.9] },
              color: "5B9BD5",
              pointColors: ["F8696B", "63BE7B"],
            },
            { name: "Umbral", kind: "line", values: { cache: [0.8, 0.8] }, color: "000000" },
          ],
          valueAxis: { min: 0, max: 1, numberFormat: "0%" },
        },
      ],
    };
    const plain: SheetPatch = {
      ...emptySheet("Otra"),
      blocks: [{ row: 1, column: 1, values: [[1]] }],
    };
    const file = path.join(dir, "new.xlsx");
    writeFileSync(
      file,
      await writePatchedBytes(null, { sheets: [sheet, plain], definedNames: [], edits: [] })
    );
    expect(readWithOpenpyxl(file)).toEqual({
      Datos: {
        // One bar chart anchored at E2 (row 2, column 5) holding the bars and, combined, the line.
        charts: [["BarChart", 1, 2, 5]],
        formats: [
          ["B2:B3", '$C2="Porcentaje"', "0%"],
          ["B2:B3", '$C2="Número"', '0.0 "pts"'],
        ],
        margins: [0.25, 0.25],
        fill: [["B2:B3", "FFFFEB9C"]],
      },
      // Excel's normal margins where the page setup does not ask for narrow ones.
      Otra: { charts: [], formats: [], margins: [0.7, 0.7], fill: [] },
    });
  });

  it("writes the plan's Porcentaje number format and its area tabs' narrow margins", async () => {
    const file = path.join(dir, "plan.xlsx");
    writeFileSync(file, await writePatchedBytes(null, layoutWorkbook(DEFAULT_TEMPLATE)));
    const estudios = readWithOpenpyxl(file)["3.2 Dirección de Estudios"];
    // One rule over Línea base … Ejecutado T4 and one over Programado/Ejecutado a la fecha, keyed on the row's
    // Unidad cell, formatting as whole percentages.
    expect(estudios.formats).toEqual([
      ["J8:S16", '$H8="Porcentaje"', "0%"],
      ["AB8:AC16", '$H8="Porcentaje"', "0%"],
    ]);
    expect(estudios.margins).toEqual([0.25, 0.25]);
  });
});
