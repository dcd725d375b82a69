import {
  roundByDecimalText,
  roundCompliance,
  roundLikeExcel,
} from "../../../src/core/semaphore/roundLikeExcel";
import { compensatedSum } from "../../../src/core/semaphore/compensatedSum";
import { bandOf } from "../../../src/core/semaphore/Band";
import { DEFAULT_BANDS } from "../../../src/core/template/Template";

describe("rounding, sums and bands", () => {
  it("rounds half away from zero on the decimal digits, as Excel's ROUND", () => {
    expect(roundLikeExcel(2.675, 2)).toBe(2.68); // binary 2.67499999… still rounds up
    expect(roundLikeExcel(-1.005, 2)).toBe(-1.01);
    expect(roundCompliance(0.6 / 0.75)).toBe(0.8); // 0.7999999999999999
  });

  it("rounds without building text exactly as by the decimal text, near one half too", () => {
    expect(roundLikeExcel(0.12345678905, 10)).toBe(0.1234567891); // a half, decided by the text
    expect(roundLikeExcel(-0.12345678905, 10)).toBe(-0.1234567891);
    // Texts with an exponent shift it, as ROUND does: never NaN.
    expect(roundLikeExcel(1e-7, 10)).toBe(1e-7);
    expect(roundLikeExcel(4.9e-11, 10)).toBe(0);
    expect(roundLikeExcel(5e-11, 10)).toBe(1e-10);
    expect(roundLikeExcel(1e-300, 10)).toBe(0);
    expect(roundLikeExcel(1e308, 10)).toBe(1e308);
    expect(roundLikeExcel(-1.5e21, 10)).toBe(-1.5e21);
    const values: number[] = [0, -0, 1, 0.5, 2.5, 1e-6, 999_999.99999];
    for (let executed = 0; executed <= 60; executed++)
      for (let programmed = 1; programmed <= 60; programmed++)
        values.push(executed / programmed, -executed / programmed, (executed * 1.1) / programmed);
    for (const value of values)
      for (const digits of [0, 2, 10])
        expect([value, digits, roundLikeExcel(value, digits)]).toEqual([
          value,
          digits,
          roundByDecimalText(value, digits),
        ]);
  });

  it("sums with compensation, as LibreOffice's SUM: nothing is lost to a large intermediate", () => {
    expect(1e16 + 1 - 1e16).toBe(0); // plain addition loses the 1
    expect(compensatedSum([1e16, 1, -1e16])).toBe(1);
    expect(compensatedSum([])).toBe(0);
  });

  it("puts exactly 80 % in Verde and exactly 60 % in Amarillo", () => {
    expect(bandOf(0.8, DEFAULT_BANDS)).toBe("verde");
    expect(bandOf(0.7999999999, DEFAULT_BANDS)).toBe("amarillo");
    expect(bandOf(0.6, DEFAULT_BANDS)).toBe("amarillo");
    expect(bandOf(0.5999999999, DEFAULT_BANDS)).toBe("rojo");
    expect(bandOf(null, DEFAULT_BANDS)).toBe("sin-programacion");
  });
});
