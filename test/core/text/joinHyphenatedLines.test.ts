import { joinHyphenatedLines } from "../../../src/core/text/joinHyphenatedLines";

describe("joinHyphenatedLines", () => {
  it("joins a word broken at the line end when the next line starts lower-case", () => {
    expect(joinHyphenatedLines(["al momento de cum-", "plir con las necesidades"])).toBe(
      "al momento de cumplir con las necesidades"
    );
    expect(joinHyphenatedLines(["un buen nivel de ejecución pre-", "supuestal"])).toBe(
      "un buen nivel de ejecución presupuestal"
    );
  });

  it("keeps the hyphen, with no space, when the next line does not start lower-case", () => {
    expect(joinHyphenatedLines(["el desarrollo socio-", "Económico"])).toBe(
      "el desarrollo socio-Económico"
    );
    expect(joinHyphenatedLines(["la pandemia de COVID-", "19"])).toBe("la pandemia de COVID-19");
  });

  it("joins other lines with one space and trims them", () => {
    expect(joinHyphenatedLines(["  Intervenir en los procesos ", " ante las Altas Cortes "])).toBe(
      "Intervenir en los procesos ante las Altas Cortes"
    );
  });

  it("treats a dash after a space as punctuation, not as a broken word", () => {
    expect(joinHyphenatedLines(["Gestión del Riesgo de Desastres -", "UNGRD y Asocapitales"])).toBe(
      "Gestión del Riesgo de Desastres - UNGRD y Asocapitales"
    );
  });

  it("undoes soft hyphens at the line end and skips blank lines", () => {
    expect(joinHyphenatedLines(["tec\u00AD", "", "nológicas"])).toBe("tecnológicas");
    expect(joinHyphenatedLines([])).toBe("");
  });

  it("joins several broken lines in a row", () => {
    expect(joinHyphenatedLines(["Con-", "curso Corporación Excelencia en la Jus-", "ticia"])).toBe(
      "Concurso Corporación Excelencia en la Justicia"
    );
  });
});
