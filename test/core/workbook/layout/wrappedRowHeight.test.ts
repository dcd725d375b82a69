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
