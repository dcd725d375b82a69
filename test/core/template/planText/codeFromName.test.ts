import { codeFromName } from "../../../../src/core/template/planText/codeFromName";
import { uniqueCode } from "../../../../src/core/template/planText/uniqueCode";

describe("codeFromName", () => {
  it("uses the acronym after a final dash", () => {
    expect(codeFromName("Sistema General de Regalías – SGR")).toBe("SGR");
    expect(codeFromName("Oficina Asesora de Planeación - OAP")).toBe("OAP");
  });

  it("takes the initials of the words that are not small words, in ASCII capitals", () => {
    expect(codeFromName("Dirección Jurídica")).toBe("DJ");
    expect(codeFromName("Enlace con el Congreso de la República")).toBe("ECR");
    expect(codeFromName("Cooperación Internacional y Componente TIC")).toBe("CICT");
    expect(codeFromName("Seguimiento, Monitoreo y Control")).toBe("SMC");
    expect(codeFromName("Área Única")).toBe("AU");
    expect(codeFromName("Ñandú")).toBe("N");
  });

  it("keeps numbers whole and always starts with a letter", () => {
    expect(codeFromName("Fase 2 del Proyecto")).toBe("F2P");
    expect(codeFromName("2030 Agenda")).toBe("X2030A");
    expect(codeFromName("de la")).toBe("DL");
    expect(codeFromName("–")).toBe("X");
  });

  it("stays short enough for a table name with a suffix", () => {
    const code = codeFromName(
      "a b c d e f g h i j k l m n o p q r s t u v w x y z".replace(/ (.)/g, " Z$1")
    );
    expect(code.length).toBeLessThanOrEqual(18);
    expect(code).toMatch(/^[A-Z][A-Z0-9]*$/);
  });
});

describe("uniqueCode", () => {
  it("adds the first free digit suffix", () => {
    const used = new Set<string>();
    expect(uniqueCode("CI", used)).toBe("CI");
    expect(uniqueCode("CI", used)).toBe("CI2");
    expect(uniqueCode("CI", used)).toBe("CI3");
    expect([...used]).toEqual(["CI", "CI2", "CI3"]);
  });
});
