import { DEFAULT_TEMPLATE } from "../../../../src/core/template/defaultTemplate";
import { areasInOrder } from "../../../../src/core/template/Template";
import { areaColumns } from "../../../../src/core/workbook/areaColumns";
import { columnLetter } from "../../../../src/core/workbook/address";
import { layoutAreaSheet } from "../../../../src/core/workbook/layout/areaSheet";
import {
  PROMPT_MESSAGE_MAX,
  PROMPT_TITLE_MAX,
} from "../../../../src/core/workbook/layout/columnPrompt";

const areas = areasInOrder(DEFAULT_TEMPLATE);
const dj = areas.find(({ area }) => area.code === "DJ")!;
const ci = areas.find(({ area }) => area.code === "CI")!;
const sheet = layoutAreaSheet(DEFAULT_TEMPLATE, dj.macroprocess, dj.area, "3.1 Dirección Jurídica");
const columns = areaColumns(DEFAULT_TEMPLATE);

describe("an area tab guides the person who fills it", () => {
  it("puts an input message on every input column, none on computed ones", () => {
    const prompted = new Map(
      sheet.validations.map((validation) => [
        validation.range.replace(/\d+/g, ""),
        validation.prompt,
      ])
    );
    columns.forEach((column, index) => {
      const letter = columnLetter(index + 1);
      const prompt = prompted.get(`${letter}:${letter}`);
      if (column.type === "computed")
        expect([column.header, prompt]).toEqual([column.header, undefined]);
      else {
        expect([column.header, prompt?.title]).toEqual([column.header, column.header]);
        expect(prompt!.message.length).toBeLessThanOrEqual(PROMPT_MESSAGE_MAX);
        expect(prompt!.title.length).toBeLessThanOrEqual(PROMPT_TITLE_MAX);
      }
    });
    // 11 columns ID … Meta, 8 period columns, 8 from Ponderación to Estado del reporte; 4 computed after them.
    expect([...prompted.values()].filter(Boolean)).toHaveLength(27);
  });

  it("says what to type, with the plan's own year, periods and lists", () => {
    const message = (header: string) =>
      sheet.validations.find((validation) =>
        validation.range.startsWith(
          columnLetter(columns.findIndex((c) => c.header === header) + 1) + "8"
        )
      )?.prompt?.message;
    expect(message("ID")).toContain("DJ-01");
    expect(message("Fecha fin")).toBe(
      "Fecha de fin, dd/mm/aaaa, dentro de 2021 y no anterior a la Fecha inicio. Obligatorio."
    );
    expect(message("Programado T3")).toMatch(/^Lo programado para T3: /);
    expect(message("Tipo de indicador")).toBe(
      "Elija de la lista: Eficacia, Eficiencia, Efectividad. Obligatorio."
    );
    expect(message("Ponderación")).toContain("deben sumar 100 %");
  });

  it("shows the weights' live total in the title block: green at exactly 100 %, red otherwise", () => {
    const cells = sheet.blocks.flatMap((block) =>
      block.values.flatMap((row, r) =>
        row.map((value, c) => ({
          address: `${columnLetter(block.column + c)}${block.row + r}`,
          value,
        }))
      )
    );
    expect(cells.find((cell) => cell.address === "E4")?.value).toEqual({
      formula: "SUM(T_DJ[Ponderación])",
    });
    expect(cells.find((cell) => cell.address === "D4")?.value).toBe(
      "Ponderaciones (deben sumar 100 %)"
    );
    expect(sheet.conditionalFormats.find((format) => format.range === "E4")?.rules).toEqual([
      { kind: "expression", formula: "ROUND(E4,4)=1", style: { fill: "63BE7B" } },
      { kind: "expression", formula: "ROUND(E4,4)<>1", style: { fill: "F8696B" } },
    ]);
  });

  it("formats Línea base, Meta and the period values of Porcentaje rows as percentages", () => {
    // Línea base is column J, Ejecutado T4 column S; Unidad de medida is H; 9 objectives → rows 8 to 16.
    expect(sheet.conditionalFormats.find((format) => format.range === "J8:S16")?.rules).toEqual([
      { kind: "expression", formula: '$H8="Porcentaje"', style: { numberFormat: "0%" } },
    ]);
  });

  it("writes the full area and macroprocess names in the title block", () => {
    const sheetCi = layoutAreaSheet(
      DEFAULT_TEMPLATE,
      ci.macroprocess,
      ci.area,
      "6.1 Control Interno"
    );
    expect(sheetCi.blocks[0].values.map((row) => row[0])).toEqual([
      "Plan de Acción 2021 — Asociación Colombiana de Ciudades Capitales – Asocapitales",
      "Área: Control Interno",
      "Macroproceso: Seguimiento, Monitoreo y Control",
      "Sección: 6.1",
      "Vigencia: 2021",
    ]);
  });

  it("prints landscape, two pages wide, narrow margins, the header row and the ID column on every page", () => {
    expect(sheet.pageSetup).toEqual({
      orientation: "landscape",
      fitToWidth: true,
      pagesWide: 2,
      printTitleColumns: "A:A",
      margins: "narrow",
      printTitleRows: "7:7",
    });
  });
});
