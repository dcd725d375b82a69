import { meanOfPresent, rollUpArea, WeightedRow } from "../../../src/core/semaphore/rollUp";

const row = (
  compliance: number | null,
  weight: number | null = null,
  band: WeightedRow["band"] = compliance === null ? "sin-programacion" : "verde"
): WeightedRow => ({ compliance, weight, band, weightError: false });

describe("rollUpArea", () => {
  it("gives no area figure when the weights' sums overflow (#NUM! in the sheet), never NaN", () => {
    // 1E+308 + 1E+308 = the sheet's #NUM!; without the check, Infinity ÷ Infinity
    expect(rollUpArea([row(0.5, 1e308), row(1, 1e308)])).toMatchObject({
      compliance: null,
      error: "weightError",
    });
  });

  it("averages min(compliance, 1) with equal weights when the area gives none", () => {
    // (.5 + 1 (1.5 capped)) ÷ 2 = .75; the row without programming is left out
    expect(rollUpArea([row(0.5), row(1.5), row(null)])).toEqual({
      compliance: 0.75,
      weighted: false,
      programmedRows: 2,
      rowsWithErrors: 0,
      error: null,
    });
  });

  it("weights by Ponderación over rows with programming", () => {
    // (.5×1 + .3×.5) ÷ (.5+.3) = .65 ÷ .8 = .8125; the .2 row has nothing programmed
    expect(rollUpArea([row(1.2, 0.5), row(0.5, 0.3), row(null, 0.2)]).compliance).toBe(0.8125);
  });

  it("leaves out and counts rows with errors and programmed rows without a weight in a weighted area", () => {
    const result = rollUpArea([
      row(0.9, 0.6),
      row(0, null), // blank weight: left out
      row(null, 0.4, "con-errores"), // an input error
    ]);
    expect(result).toMatchObject({ compliance: 0.9, rowsWithErrors: 2, error: null });
  });

  it("is an error, not Sin programación, when the rows with programming weigh 0 in total", () => {
    expect(rollUpArea([row(1, 0), row(null, 1)])).toMatchObject({
      compliance: null,
      error: "zeroWeight",
    });
    expect(rollUpArea([row(null, 1)])).toMatchObject({ compliance: null, error: null });
  });

  it("is an error when a weight holds an error value", () => {
    expect(rollUpArea([{ ...row(1, null), weightError: true }, row(1, 1)]).error).toBe(
      "weightError"
    );
  });
});

describe("meanOfPresent", () => {
  it("averages the figures present and rounds like Resumen", () => {
    expect(meanOfPresent([0.825, null, 0.68])).toBe(0.7525); // 1.505 ÷ 2
    expect(meanOfPresent([1, 0, 0])).toBe(0.3333333333); // 1 ÷ 3 to 10 decimals
    expect(meanOfPresent([null])).toBeNull();
  });
});
