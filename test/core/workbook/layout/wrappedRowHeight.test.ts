import { wrappedRowHeight } from "../../../../src/core/workbook/layout/wrappedRowHeight";

describe("wrappedRowHeight", () => {
  it("gives each wrapped line 15 points: 100 characters in a 22-character column take 5 lines", () => {
    // 22 − 2 = 20 characters a line: 100 / 20 = 5 lines, 75 points.
    expect(wrappedRowHeight([{ text: "x".repeat(100), width: 22 }])).toBe(75);
    expect(wrappedRowHeight([{ text: null, width: 22 }])).toBe(15);
  });

  it("stops at 409 points, the tallest row Excel has", () => {
    // 1,000 characters at 20 a line would be 50 lines, 750 points.
    expect(wrappedRowHeight([{ text: "x".repeat(1_000), width: 22 }])).toBe(409);
  });
});

describe("wrappedRowHeight wraps at spaces", () => {
  it("moves a word that does not fit to the next line, as Excel does", () => {
    // A 12-character column holds 10 characters a line. "aaaa bbbb cccc" is "aaaa bbbb" (9) then "cccc": 2 lines.
    // "aaaaaa bbbbbb cccccc" is 20 characters, 2 lines by count alone, but no two of its words fit on one: 3 lines.
    expect(wrappedRowHeight([{ text: "aaaa bbbb cccc", width: 12 }])).toBe(30);
    expect(wrappedRowHeight([{ text: "aaaaaa bbbbbb cccccc", width: 12 }])).toBe(45);
  });

  it("takes the tallest of a row's cells, a bold one on fewer characters a line", () => {
    // 20 characters in a 12-character column: 2 lines plain (10 a line); bold holds ⌊10 ÷ 1.1⌋ = 9 a line: 3 lines.
    expect(wrappedRowHeight([{ text: "x".repeat(20), width: 12 }])).toBe(30);
    expect(wrappedRowHeight([{ text: "x".repeat(20), width: 12, bold: true }])).toBe(45);
    expect(
      wrappedRowHeight([
        { text: "corto", width: 12 },
        { text: "x".repeat(25), width: 12 },
      ])
    ).toBe(45);
  });
});
