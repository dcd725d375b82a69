import { isPlausibleNextSection } from "../../../../src/core/template/planText/isPlausibleNextSection";

describe("isPlausibleNextSection", () => {
  it("accepts children, siblings and a later ancestor's sibling", () => {
    expect(isPlausibleNextSection([3, 5], [3, 5, 1])).toBe(true);
    expect(isPlausibleNextSection([3, 1], [3, 2])).toBe(true);
    expect(isPlausibleNextSection([3, 8], [4])).toBe(true);
    expect(isPlausibleNextSection([3, 8], [4, 1])).toBe(true);
    expect(isPlausibleNextSection([3, 5, 1], [3, 6])).toBe(true);
    expect(isPlausibleNextSection(null, [7])).toBe(true);
  });

  it("rejects numbers that go back, repeat or jump far", () => {
    expect(isPlausibleNextSection([3, 1], [1])).toBe(false);
    expect(isPlausibleNextSection([3, 1], [3, 1])).toBe(false);
    expect(isPlausibleNextSection([3, 5, 1], [3, 5])).toBe(false);
    expect(isPlausibleNextSection([3, 1], [12])).toBe(false);
    expect(isPlausibleNextSection([3], [3, 9])).toBe(false);
  });
});
