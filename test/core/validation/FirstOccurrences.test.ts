import { FirstOccurrences } from "../../../src/core/validation/FirstOccurrences";

describe("FirstOccurrences", () => {
  it("answers -1 for a text seen the first time and, after that, the place it was first seen at", () => {
    const first = new FirstOccurrences(4);
    expect(first.firstOrAdd("DJ-01", 7)).toBe(-1);
    expect(first.firstOrAdd("DJ-02", 8)).toBe(-1);
    expect(first.firstOrAdd("DJ-01", 9)).toBe(7);
    expect(first.firstOrAdd("DJ-01", 10)).toBe(7);
    expect(first.firstOrAdd("DJ-02", 11)).toBe(8);
  });

  it("tells texts apart exactly: case, spaces and a place of 0 count", () => {
    const first = new FirstOccurrences(2);
    expect(first.firstOrAdd("a", 0)).toBe(-1);
    expect(first.firstOrAdd("A", 1)).toBe(-1);
    expect(first.firstOrAdd("a ", 2)).toBe(-1);
    expect(first.firstOrAdd("", 3)).toBe(-1);
    expect(first.firstOrAdd("a", 4)).toBe(0);
    expect(first.firstOrAdd("", 5)).toBe(3);
  });

  it("keeps every text when given more than it was sized for", () => {
    const first = new FirstOccurrences(1);
    for (let index = 0; index < 1000; index++)
      expect(first.firstOrAdd(`ID-${index}`, index * 2)).toBe(-1);
    expect(first.firstOrAdd("ID-0", 1)).toBe(0);
    expect(first.firstOrAdd("ID-999", 1)).toBe(1998);
    expect(first.firstOrAdd("ID-500", 1)).toBe(1000);
  });
});
