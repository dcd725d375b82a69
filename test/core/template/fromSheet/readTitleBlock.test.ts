import { readTitleBlock } from "../../../../src/core/template/fromSheet/readTitleBlock";

test("label and value in one cell, or the label in one and the value in the next; only above the headers", () => {
  expect(
    readTitleBlock(
      [
        ["PLAN DE ACCIÓN 2024"],
        ["Macroproceso: Misional", null, "Vigencia: 2024"],
        ["DEPENDENCIA:", null, "Oficina de Planeación"],
        ["Área: no es esta", null],
        ["Objetivo", "Actividad"],
        ["Macroproceso: Apoyo"],
      ],
      5
    )
  ).toEqual({ macroprocess: "Misional", area: "Oficina de Planeación" });
  expect(readTitleBlock([["Entidad: Alcaldía"], ["Objetivo", "Meta"]], 2)).toEqual({});
});
