import { collapseWhitespace } from "../../../src/core/text/collapseWhitespace";

describe("collapseWhitespace", () => {
  it("turns runs of spaces, tabs, no-break spaces and line breaks into one space, trimmed", () => {
    expect(collapseWhitespace("  Gestión \t  Humana\u00A0\u00A0y\n\r\nTalento  ")).toBe(
      "Gestión Humana y Talento"
    );
  });

  it("removes soft hyphens and zero-width characters", () => {
    expect(collapseWhitespace("presu\u00ADpuestal\u200B \uFEFFanual")).toBe("presupuestal anual");
  });

  it("gives an empty string for whitespace only", () => {
    expect(collapseWhitespace(" \n\t ")).toBe("");
  });
});
