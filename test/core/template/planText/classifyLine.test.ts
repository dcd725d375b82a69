import { classifyLine } from "../../../../src/core/template/planText/classifyLine";

describe("classifyLine", () => {
  it("recognises numbered heading candidates, with or without a final dot after the number", () => {
    expect(classifyLine(" 3.1. DIRECCIÓN JURÍDICA", 1).numbered).toEqual({
      number: [3, 1],
      text: "DIRECCIÓN JURÍDICA",
    });
    expect(classifyLine("3.8 COOPERACIÓN INTERNACIONAL ", 1).numbered).toEqual({
      number: [3, 8],
      text: "COOPERACIÓN INTERNACIONAL",
    });
    expect(classifyLine("4.1 Gestión Humana", 1).numbered).toEqual({
      number: [4, 1],
      text: "Gestión Humana",
    });
    expect(classifyLine(" 6.", 1).numbered).toEqual({ number: [6], text: "" });
    expect(classifyLine("1.1.1.1 Sistema de Calidad", 1).numbered?.number).toEqual([1, 1, 1, 1]);
  });

  it("does not take sentences or lower-case starts for headings", () => {
    expect(classifyLine("1. Realizar el informe.", 1).numbered).toBeUndefined();
    expect(classifyLine("1. Realizar el informe.", 1).listItem).toEqual({
      text: "Realizar el informe.",
      number: 1,
    });
    expect(classifyLine("12 meses del año", 1).numbered).toBeUndefined();
    expect(classifyLine("6.1 CONTROL INTERNO.", 1).numbered).toEqual({
      number: [6, 1],
      text: "CONTROL INTERNO.",
    });
    expect(classifyLine("2021 para garantizar", 1).numbered).toBeUndefined();
  });

  it("recognises bullets; a dash needs a space after it", () => {
    expect(classifyLine(" • Mapear el litigio.", 1)).toMatchObject({
      kind: "bullet",
      bullet: { marker: "•", strong: true, text: "Mapear el litigio." },
    });
    expect(classifyLine("- Publicar el boletín.", 1)).toMatchObject({
      kind: "bullet",
      bullet: { strong: false, text: "Publicar el boletín." },
    });
    expect(classifyLine("-Publicar", 1).kind).toBe("content");
    expect(classifyLine("•", 1)).toMatchObject({ kind: "bullet", bullet: { text: "" } });
  });

  it("recognises unnumbered macroprocess headings in capitals", () => {
    expect(classifyLine("MACROPROCESO ESTRATÉGICO", 1).macro).toBe(true);
    expect(classifyLine("MACRO PROCESO DE", 1).macro).toBe(true);
    expect(classifyLine("Macroproceso Misional", 1).macro).toBe(true);
    expect(classifyLine("El macroproceso misional agrupa las áreas.", 1).macro).toBe(false);
  });

  it("tells blank lines, page artefacts, junk and form feeds apart", () => {
    expect(classifyLine("   ", 1).kind).toBe("blank");
    expect(classifyLine("Asocapitales16", 1).kind).toBe("page");
    expect(classifyLine("\f", 1).kind).toBe("page");
    expect(classifyLine("\fTexto", 1)).toMatchObject({
      kind: "content",
      pageBreakBefore: true,
      text: "Texto",
    });
    expect(classifyLine("_____", 1).kind).toBe("junk");
  });
});
