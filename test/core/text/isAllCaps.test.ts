import { isAllCaps } from "../../../src/core/text/isAllCaps";
import { stripAccents } from "../../../src/core/text/stripAccents";

describe("isAllCaps", () => {
  it("is true for text with capitals and no lower-case letter", () => {
    expect(isAllCaps("3.3. ENLACE CON EL")).toBe(true);
    expect(isAllCaps("SEGUIMIENTO, ")).toBe(true);
  });

  it("is false for mixed case and for text without letters", () => {
    expect(isAllCaps("4.1 Gestión Humana")).toBe(false);
    expect(isAllCaps("6.")).toBe(false);
    expect(isAllCaps("")).toBe(false);
  });
});

describe("stripAccents", () => {
  it("removes diacritics and keeps the letters", () => {
    expect(stripAccents("DIRECCIÓN JURÍDICA Ñ ü")).toBe("DIRECCION JURIDICA N u");
  });
});
