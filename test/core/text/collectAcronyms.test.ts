import { collectAcronyms } from "../../../src/core/text/collectAcronyms";

describe("collectAcronyms", () => {
  it("finds capitalised words inside mixed-case text", () => {
    const acronyms = collectAcronyms([
      "• Participación en Eventos Internacionales con los proyectos TIC de los aso-",
      "Comunicaciones - MINTIC y organismos de cooperación internacional.",
      "para la implementación del Tax Increment Financing (TIF).",
    ]);
    expect([...acronyms].sort()).toEqual(["MINTIC", "TIC", "TIF"]);
  });

  it("ignores lines in capitals, phrases in capitals, small words and single letters", () => {
    const acronyms = collectAcronyms([
      "3.8 COOPERACIÓN INTERNACIONAL Y COMPONENTE TIC",
      "Se aprobó el PLAN DE ACCIÓN en la sesión.",
      "Informe de gestión I y II semestre, DE acuerdo con la norma.",
    ]);
    expect([...acronyms]).toEqual(["II"]);
  });

  it("ignores words longer than six letters", () => {
    expect([...collectAcronyms(["Un texto MUYLARGO en medio."])]).toEqual([]);
  });
});
