import {
  consecutiveRuns,
  percentFigureStyles,
  percentUnitTest,
} from "../../../src/core/workbook/percentFigureStyles";

describe("percentUnitTest", () => {
  it("reads Porcentaje as Excel's = does: any case, spaces significant, a formula by its text result", () => {
    const isPercent = percentUnitTest();
    expect(
      [
        "Porcentaje",
        "PORCENTAJE",
        "porcentaje",
        " Porcentaje",
        "Número",
        null,
        0.25,
        { formula: '"Porcentaje"', result: "Porcentaje" },
        { formula: "H8" },
        undefined,
      ].map(isPercent)
    ).toEqual([true, true, true, false, false, false, false, true, false, false]);
  });
});

describe("percentFigureStyles", () => {
  it("gives one range per run of consecutive rows and of consecutive columns", () => {
    expect(consecutiveRuns([3, 4, 5, 8, 10, 11])).toEqual([
      [3, 5],
      [8, 8],
      [10, 11],
    ]);
    // Rows 8–9 and 12; columns J:S (10–19) and AB:AC (28–29).
    const columns = [...Array.from({ length: 10 }, (_, i) => 10 + i), 28, 29];
    expect(percentFigureStyles([8, 9, 12], columns)).toEqual([
      { range: "J8:S9", style: { numberFormat: "0%" } },
      { range: "AB8:AC9", style: { numberFormat: "0%" } },
      { range: "J12:S12", style: { numberFormat: "0%" } },
      { range: "AB12:AC12", style: { numberFormat: "0%" } },
    ]);
    expect(percentFigureStyles([], columns)).toEqual([]);
    expect(percentFigureStyles([7], [4])).toEqual([{ range: "D7", style: { numberFormat: "0%" } }]);
  });
});
