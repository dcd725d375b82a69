import { titleCaseSpanish } from "../../../src/core/text/titleCaseSpanish";

describe("titleCaseSpanish", () => {
  it("capitalises words and keeps accents", () => {
    expect(titleCaseSpanish("DIRECCIÓN JURÍDICA")).toBe("Dirección Jurídica");
    expect(titleCaseSpanish("GESTIÓN TECNOLÓGICA Y AÑO ÚNICO")).toBe(
      "Gestión Tecnológica y Año Único"
    );
  });

  it("keeps Spanish small words lower-case except as the first word", () => {
    expect(titleCaseSpanish("ENLACE CON EL CONGRESO DE LA REPÚBLICA")).toBe(
      "Enlace con el Congreso de la República"
    );
    expect(titleCaseSpanish("DE LA CIUDAD AL CAMPO SIN PAPEL POR Y PARA ENTRE SOBRE")).toBe(
      "De la Ciudad al Campo sin Papel por y para entre sobre"
    );
    expect(titleCaseSpanish("SEGUIMIENTO, MONITOREO Y CONTROL")).toBe(
      "Seguimiento, Monitoreo y Control"
    );
  });

  it("keeps the acronym after a final dash upper-case", () => {
    expect(titleCaseSpanish("SISTEMA GENERAL DE REGALÍAS – SGR")).toBe(
      "Sistema General de Regalías – SGR"
    );
    expect(titleCaseSpanish("OFICINA ASESORA DE PLANEACIÓN - OAP")).toBe(
      "Oficina Asesora de Planeación - OAP"
    );
  });

  it("does not take a word joined by a hyphen for an acronym", () => {
    expect(titleCaseSpanish("GESTIÓN POST-CONFLICTO")).toBe("Gestión Post-Conflicto");
    expect(titleCaseSpanish("ZONA SUR-ESTE")).toBe("Zona Sur-Este");
  });

  it("keeps known acronyms and words in parentheses upper-case", () => {
    expect(titleCaseSpanish("COOPERACIÓN INTERNACIONAL Y COMPONENTE TIC", new Set(["TIC"]))).toBe(
      "Cooperación Internacional y Componente TIC"
    );
    expect(titleCaseSpanish("COOPERACIÓN INTERNACIONAL Y COMPONENTE TIC")).toBe(
      "Cooperación Internacional y Componente Tic"
    );
    expect(titleCaseSpanish("GESTIÓN DE LAS TECNOLOGÍAS DE LA INFORMACIÓN (TI)")).toBe(
      "Gestión de las Tecnologías de la Información (TI)"
    );
  });

  it("keeps Roman numerals upper-case", () => {
    expect(titleCaseSpanish("INFORME DE GESTIÓN II SEMESTRE")).toBe(
      "Informe de Gestión II Semestre"
    );
  });

  it("title-cases mixed-case text too and leaves text without letters alone", () => {
    expect(titleCaseSpanish("gestión humana")).toBe("Gestión Humana");
    expect(titleCaseSpanish("3.1 – 2021")).toBe("3.1 – 2021");
    expect(titleCaseSpanish("")).toBe("");
  });
});
