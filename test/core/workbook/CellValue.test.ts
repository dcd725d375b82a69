import {
  Cell,
  EMPTY,
  isBlank,
  isMissing,
  isUncalculated,
} from "../../../src/core/workbook/CellValue";
import { FilledTextCell } from "../../../src/core/workbook/FilledTextCell";
import { addressColumn, columnLetter } from "../../../src/core/workbook/address";

describe("isBlank and isMissing", () => {
  test("the one EMPTY, an absent cell and an empty cell of any other reader are blank and missing", () => {
    expect([isBlank(EMPTY), isMissing(EMPTY)]).toEqual([true, true]);
    expect(isBlank(undefined)).toBe(true);
    const other: Cell = { kind: "empty" };
    expect([isBlank(other), isMissing(other)]).toEqual([true, true]);
  });

  test("text of whitespace only is blank, whichever character starts it", () => {
    for (const value of ["", " ", "\t\n ", "\u00a0", "\u00a0 \u2003"])
      expect([value, isBlank({ kind: "text", value })]).toEqual([value, true]);
  });

  test("text with anything printed is not blank, printable ASCII first or not", () => {
    for (const value of ["x", " DJ-01", "Área", "\u00a0Meta", "¿Cuántos?", "😀"])
      expect([value, isBlank({ kind: "text", value })]).toEqual([value, false]);
  });

  test("a FilledTextCell is a text cell that is not blank", () => {
    const cell = new FilledTextCell("Dirección Jurídica");
    expect(isBlank(cell)).toBe(false);
    expect(isMissing(cell)).toBe(false);
    expect(cell).toEqual({ kind: "text", value: "Dirección Jurídica" });
  });

  test("a blank cell holding a formula is blank but not missing (typed, not yet calculated)", () => {
    const cell: Cell = { kind: "empty", formula: "SUM(A1:A2)" };
    expect([isBlank(cell), isMissing(cell)]).toEqual([true, false]);
  });

  test("only a formula without a result is uncalculated: not a calculated empty text, a value or a blank", () => {
    const cells: Cell[] = [
      { kind: "empty", formula: "SUM(A1:A2)" },
      { kind: "text", value: "", formula: 'IF(1,"","x")' },
      { kind: "number", value: 1, formula: "0.5*2" },
      EMPTY,
      { kind: "empty" },
    ];
    expect(cells.map(isUncalculated)).toEqual([true, false, false, false, false]);
  });
});

describe("addressColumn", () => {
  test("reads the column of an A1 address, absolute or not, in either case", () => {
    expect(addressColumn("A1")).toBe(1);
    expect(addressColumn("K8")).toBe(11);
    expect(addressColumn("$K$8")).toBe(11);
    expect(addressColumn("k8")).toBe(11);
    expect(addressColumn("AB300")).toBe(28);
    expect(addressColumn("XFD1048576")).toBe(16384);
  });
});

describe("columnLetter", () => {
  test("gives the same letters when asked again (kept once worked out)", () => {
    expect([columnLetter(28), columnLetter(28)]).toEqual(["AB", "AB"]);
    expect([columnLetter(16384), columnLetter(16384)]).toEqual(["XFD", "XFD"]);
    expect(columnLetter(703)).toBe("AAA");
  });
});
