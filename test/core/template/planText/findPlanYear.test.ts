import { findPlanYear } from "../../../../src/core/template/planText/findPlanYear";

describe("findPlanYear", () => {
  it("prefers 'PLAN DE ACCIÓN <year>' in a heading", () => {
    expect(
      findPlanYear(
        ["2. CONTEXTO 2019", "3. PLAN DE ACCIÓN 2021 - MACROPROCESO MISIONAL"],
        ["año 2020"]
      )
    ).toBe(2021);
  });

  it("then any year in a heading, then a named year in the text, then any year", () => {
    expect(findPlanYear(["MACROPROCESO MISIONAL 2023"], ["vigencia 2024"])).toBe(2023);
    expect(findPlanYear(["1. Salud"], ["Ley 1474 de 2011", "Plan de Acción Anual 2025"])).toBe(
      2025
    );
    expect(findPlanYear(["1. Salud"], ["Ley 1474 de 2011"])).toBe(2011);
  });

  it("ignores numbers that are not years", () => {
    expect(findPlanYear([], ["ISO 9001:2015", "12/03/2021", "radicado 202145", "1999"])).toBeNull();
  });
});
