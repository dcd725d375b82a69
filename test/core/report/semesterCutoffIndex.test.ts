import { PERIOD_COUNTS, PeriodKind, defaultPeriods } from "../../../src/core/template/Template";
import { semesterCutoffIndex } from "../../../src/core/report/semesterCutoffIndex";

const labelAt = (kind: PeriodKind, semester: 1 | 2): string =>
  defaultPeriods(kind).labels[semesterCutoffIndex(PERIOD_COUNTS[kind], semester).index];

describe("semesterCutoffIndex", () => {
  it.each([
    ["S", "S1", "S2"],
    ["T", "T2", "T4"],
    ["B", "B3", "B6"],
    ["M", "M6", "M12"],
    ["C", "C2", "C3"],
  ] as [PeriodKind, string, string][])(
    "with %s periods semester 1 is measured at %s and semester 2 at %s",
    (kind, first, second) => {
      expect(labelAt(kind, 1)).toBe(first);
      expect(labelAt(kind, 2)).toBe(second);
    }
  );

  it("says when semester 1 cannot be measured at mid-year (three periods)", () => {
    expect(semesterCutoffIndex(3, 1)).toEqual({ index: 1, notMidYear: true });
    for (const count of [2, 4, 6, 12]) {
      expect(semesterCutoffIndex(count, 1).notMidYear).toBe(false);
      expect(semesterCutoffIndex(count, 2)).toEqual({ index: count - 1, notMidYear: false });
    }
    expect(semesterCutoffIndex(3, 2)).toEqual({ index: 2, notMidYear: false });
  });

  it("refuses a plan without periods (a broken invariant)", () => {
    expect(() => semesterCutoffIndex(0, 1)).toThrow();
  });
});
