/** Every Excel.RangeValueType is read as what it is (finding 9 of issue 16: Integer and RichValue were read as text). */
import { isBlank, isUncalculated } from "../../../src/core/workbook/CellValue";
import { cellFromExcel } from "../../../src/shells/office/cellFromExcel";

test.each([
  ["Integer", 42, "General", { kind: "number", value: 42 }],
  ["Integer", 36526, "dd/mm/yyyy", { kind: "date", serial: 36526 }],
  ["Double", 0.25, "0%", { kind: "number", value: 0.25 }],
  ["Boolean", true, "General", { kind: "boolean", value: true }],
  ["String", "Bogotá", "@", { kind: "text", value: "Bogotá" }],
  ["String", "", "General", { kind: "empty" }],
  ["Empty", "", "General", { kind: "empty" }],
  ["Error", "#DIV/0!", "General", { kind: "error", code: "#DIV/0!" }],
  [
    "RichValue",
    "Microsoft Corporation",
    "General",
    { kind: "text", value: "Microsoft Corporation" },
  ],
  ["RichValue", 12.5, "General", { kind: "number", value: 12.5 }],
  ["RichValue", "#FIELD!", "General", { kind: "error", code: "#FIELD!" }],
  ["Unknown", 7, "General", { kind: "number", value: 7 }],
  ["Unknown", "texto", "General", { kind: "text", value: "texto" }],
])("valueTypes %s with %p (%s) reads as %p", (type, value, format, expected) => {
  expect(cellFromExcel(value, type, undefined, format, false)).toEqual(expected);
});

test("a formula Excel calculated to the empty text is blank text with its formula, not a value nobody calculated", () => {
  const cell = cellFromExcel("", "String", '=IF(1,"","x")', "General", false);
  expect(cell).toEqual({ kind: "text", value: "", formula: 'IF(1,"","x")' });
  expect([isBlank(cell), isUncalculated(cell)]).toEqual([true, false]);
  expect(cellFromExcel(1, "Double", "=0.5*2", "General", false)).toEqual({
    kind: "number",
    value: 1,
    formula: "0.5*2",
  });
});
