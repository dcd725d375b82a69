import {
  macroprocessTitle,
  stripPlanPrefix,
} from "../../../../src/core/template/planText/macroprocessTitle";

describe("macroprocessTitle", () => {
  it("takes what follows the word MACROPROCESO, without a leading DE/DEL or a closing year", () => {
    expect(macroprocessTitle("PLAN DE ACCIÓN 2021 - MACROPROCESO MISIONAL")).toBe("MISIONAL");
    expect(macroprocessTitle("PLAN DE ACCIÓN MACROPROCESO DE APOYO")).toBe("APOYO");
    expect(macroprocessTitle("PLAN DE ACCIÓN MACROPROCESO SEGUIMIENTO,  MONITOREO Y CONTROL")).toBe(
      "SEGUIMIENTO, MONITOREO Y CONTROL"
    );
    expect(macroprocessTitle("MACRO PROCESO DEL TALENTO HUMANO")).toBe("TALENTO HUMANO");
    expect(macroprocessTitle("Macroprocesos: Estratégicos")).toBe("Estratégicos");
    expect(macroprocessTitle("MACROPROCESO MISIONAL – VIGENCIA 2024")).toBe("MISIONAL");
  });

  it("takes what precedes the word when nothing follows it", () => {
    expect(macroprocessTitle("PLAN DE ACCIÓN 2021 – GESTIÓN ESTRATÉGICA MACROPROCESO")).toBe(
      "GESTIÓN ESTRATÉGICA"
    );
  });
});

describe("stripPlanPrefix", () => {
  it("drops a leading 'PLAN DE ACCIÓN <year>'", () => {
    expect(stripPlanPrefix("PLAN DE ACCIÓN 2021 - GESTIÓN ESTRATÉGICA")).toBe(
      "GESTIÓN ESTRATÉGICA"
    );
    expect(stripPlanPrefix("Gestión Ambiental")).toBe("Gestión Ambiental");
    expect(stripPlanPrefix("PLAN DE ACCIÓN")).toBe("PLAN DE ACCIÓN");
  });
});
