import { classifyLine } from "../../../../src/core/template/planText/classifyLine";
import { markRunningHeaders } from "../../../../src/core/template/planText/markRunningHeaders";

const classify = (lines: string[]) => lines.map((line, index) => classifyLine(line, index + 1));

describe("markRunningHeaders", () => {
  it("turns a line repeated next to page breaks into a page artefact", () => {
    const lines = classify([
      "Texto",
      "Alcaldía – Plan 2022",
      "Página 1 de 3",
      "Más texto",
      "",
      "Página 2 de 3",
      "Alcaldía – Plan 2022",
      "Fin",
    ]);
    expect(markRunningHeaders(lines).map((line) => line.kind)).toEqual([
      "content",
      "page",
      "page",
      "content",
      "blank",
      "page",
      "page",
      "content",
    ]);
    expect(lines[1].kind).toBe("content");
  });

  it("keeps repeated lines that are not next to page breaks", () => {
    const lines = classify(["Se revisa cada mes", "Página 1", "Otro", "Se revisa cada mes"]);
    expect(markRunningHeaders(lines).map((line) => line.kind)).toEqual([
      "content",
      "page",
      "content",
      "content",
    ]);
  });
});
