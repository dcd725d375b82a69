import { countBinaryCharacters } from "../../../../src/core/template/planText/countBinaryCharacters";

describe("countBinaryCharacters", () => {
  it("counts NUL and other control characters of binary content", () => {
    expect(countBinaryCharacters("\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR")).toBe(4);
  });

  it("counts replacement characters when they are many", () => {
    expect(countBinaryCharacters("ab\uFFFD\uFFFD\uFFFD\uFFFDcd")).toBe(4);
  });

  it("is 0 for ordinary text, tabs, form feeds and a stray replacement character", () => {
    expect(countBinaryCharacters("3.1. DIRECCIÓN\tJURÍDICA\f\n• Texto\u000b con salto")).toBe(0);
    expect(countBinaryCharacters(`${"texto largo ".repeat(50)}\uFFFD`)).toBe(0);
  });
});
