import { DEFAULT_TEMPLATE } from "../../../../src/core/template/defaultTemplate";
import { defaultPeriods } from "../../../../src/core/template/Template";
import {
  instructionSteps,
  layoutInstructionsSheet,
} from "../../../../src/core/workbook/layout/instructionsSheet";

describe("Instrucciones", () => {
  const text = instructionSteps(DEFAULT_TEMPLATE).join("\n");

  it("states every rule of SPEC §4 an area lead can break, in plain words", () => {
    const rules: [string, RegExp][] = [
      [
        "required cells",
        /Celdas obligatorias en cada fila: ID, Objetivo, Actividad, Indicador, Tipo de indicador, Unidad de medida, Meta, Responsable, Fecha inicio y Fecha fin\./,
      ],
      ["numbers not text", /números como números, no como texto/],
      ["error values", /#REF!/],
      ["lists", /Un valor que no está en la lista es un error/],
      [
        "non-negative, Meta > 0",
        /Ningún número puede ser negativo, y la Meta debe ser mayor que 0/,
      ],
      ["dates in the year", /dentro de la vigencia 2021 \(del 01\/01\/2021 al 31\/12\/2021\)/],
      ["fin ≥ inicio", /la Fecha fin no puede ser anterior a la Fecha inicio/],
      ["Número adds up", /Programado T1 … T4 se suman y deben dar exactamente la Meta/],
      ["Porcentaje series", /nunca menor que el del periodo anterior, y el de T4 es la Meta/],
      ["weights", /deben sumar 100 %/],
      ["unique IDs", /Cada ID es único en todo el libro/],
      ["formulas", /no escriba ni pegue encima/],
      ["evidence", /un valor ejecutado sin evidencias/],
      ["after the cut-off", /un ejecutado de un periodo posterior al corte/],
      ["report status", /Una fila aún en Borrador al corte/],
    ];
    for (const [rule, pattern] of rules) expect([rule, pattern.test(text)]).toEqual([rule, true]);
  });

  it("follows the template's periods and year", () => {
    const monthly = instructionSteps({
      ...DEFAULT_TEMPLATE,
      year: 2026,
      periods: defaultPeriods("M"),
    });
    expect(monthly.join("\n")).toContain("Programado M1 … M12");
    expect(monthly.join("\n")).toContain("31/12/2026");
  });

  it("prints landscape, one page wide, title rows repeated", () => {
    expect(layoutInstructionsSheet(DEFAULT_TEMPLATE).pageSetup).toEqual({
      orientation: "landscape",
      fitToWidth: true,
      pagesWide: 1,
      printTitleRows: "1:2",
    });
  });

  it("gives every band of the legend its word and its own colour, Sin diligenciar and Con errores included", () => {
    const sheet = layoutInstructionsSheet(DEFAULT_TEMPLATE);
    const legend = sheet.blocks[sheet.blocks.length - 1];
    const lines = legend.values.map(([cell]) => cell);
    const start = (word: string): number =>
      lines.findIndex((cell) => typeof cell === "string" && cell.startsWith(word));
    const fillAt = (index: number): string | undefined =>
      sheet.styles.find((styled) => styled.range === `A${legend.row + index}`)?.style.fill;
    const fills = ["Sin programación", "Sin diligenciar", "Con errores"].map((word) => {
      const index = start(word);
      expect([word, index > 0]).toEqual([word, true]);
      return fillAt(index);
    });
    // Grey, light violet, light blue: three bands, three colours.
    expect(fills).toEqual(["D9D9D9", "C9B3E6", "9DC3E6"]);
  });
});
