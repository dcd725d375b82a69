import { cutoffDate } from "../../../src/core/report/cutoffDate";
import { periodName } from "../../../src/core/report/periodName";

describe("cutoffDate: the last day of a cut-off period", () => {
  it.each([
    [4, 0, { year: 2021, month: 3, day: 31 }],
    [4, 1, { year: 2021, month: 6, day: 30 }],
    [4, 3, { year: 2021, month: 12, day: 31 }],
    [2, 0, { year: 2021, month: 6, day: 30 }],
    [3, 1, { year: 2021, month: 8, day: 31 }],
    [6, 0, { year: 2021, month: 2, day: 28 }],
    [12, 5, { year: 2021, month: 6, day: 30 }],
    [12, 10, { year: 2021, month: 11, day: 30 }],
  ])("%i periods, period index %i → %o", (count, index, expected) => {
    expect(cutoffDate(2021, count, index)).toEqual(expected);
  });

  it("knows leap years", () => {
    expect(cutoffDate(2024, 6, 0)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it("refuses periods that do not split the year into equal runs of months, and periods out of range", () => {
    expect(() => cutoffDate(2021, 5, 0)).toThrow(/equal runs of months/);
    expect(() => cutoffDate(2021, 4, 4)).toThrow(/not one of the plan's 4/);
  });
});

describe("periodName", () => {
  it("names periods in words, never by their label", () => {
    expect(periodName("T", 1, "es")).toBe("el segundo trimestre");
    expect(periodName("S", 0, "es")).toBe("el primer semestre");
    expect(periodName("C", 2, "es")).toBe("el tercer cuatrimestre");
    expect(periodName("B", 5, "es")).toBe("el sexto bimestre");
    expect(periodName("M", 2, "es")).toBe("marzo");
    expect(periodName("T", 3, "en")).toBe("the fourth quarter");
    expect(periodName("M", 11, "en")).toBe("December");
  });
});
