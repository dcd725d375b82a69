import { isPageArtefact } from "../../../../src/core/template/planText/isPageArtefact";

describe("isPageArtefact", () => {
  it.each([
    "16",
    "Página 3 de 20",
    "Pág. 4",
    "pagina 7",
    "Page 2 of 9",
    "- 3 -",
    "3 / 20",
    "Asocapitales16",
    "Alcaldía7",
    "3.1 Dirección Jurídica .......... 12",
  ])("drops %p", (line) => expect(isPageArtefact(line)).toBe(true));

  it.each([
    "6.",
    "2021",
    "3.1. DIRECCIÓN JURÍDICA",
    "• Realizar 3 talleres.",
    "ISO 9001",
    "T1",
    "Artículo 16",
    "Plan de Acción 2021",
  ])("keeps %p", (line) => expect(isPageArtefact(line)).toBe(false));
});
