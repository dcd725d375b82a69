/**
 * Text stays text in the file readers too: a cell the Office host wrote as a string-literal formula (`="…"`, see
 * src/core/workbook/textLiteral.ts), once Excel saves the workbook, is `<f>"=HYPERLINK(""x"")"</f>` with its cached
 * text. Both file readers (the package reader and ExcelJS's `toCell`) read it as the plain text, with no formula; a
 * real formula keeps its formula and cached result.
 */
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { Cell } from "../../../src/core/workbook/CellValue";
import { CellCache } from "../../../src/shells/xlsx/package/read/CellCache";
import { cellFromXml, CellContext } from "../../../src/shells/xlsx/package/read/cellFromXml";
import { readSheetGrid } from "../../../src/shells/xlsx/package/packageBytes";
import { toCell } from "../../support/exceljs/toCell";

const context = (): CellContext => ({
  sharedStrings: [],
  cells: new CellCache(),
  dateStyles: [],
  date1904: false,
});

test("the package reader: a formula of string literals is the text it evaluates to, without a formula", () => {
  // `<c t="str"><f>"=HYPERLINK(""x"")"</f><v>=HYPERLINK("x")</v></c>`, XML-decoded.
  expect(
    cellFromXml("str", 0, '=HYPERLINK("x")', undefined, '"=HYPERLINK(""x"")"', context())
  ).toEqual({ kind: "text", value: '=HYPERLINK("x")' });
  // Pieces joined with &, spaces around them; no cached value (a file never calculated).
  expect(cellFromXml(undefined, 0, undefined, undefined, '"+57 " & "300"', context())).toEqual({
    kind: "text",
    value: "+57 300",
  });
  expect(cellFromXml("str", 0, undefined, undefined, '""', context())).toEqual({ kind: "empty" });
  // Not only literals: a formula, with its cached value.
  expect(cellFromXml("str", 0, "ab", undefined, '"a"&B1', context())).toEqual({
    kind: "text",
    value: "ab",
    formula: '"a"&B1',
  });
  expect(cellFromXml(undefined, 0, "3", undefined, "SUM(1,2)", context())).toEqual({
    kind: "number",
    value: 3,
    formula: "SUM(1,2)",
  });
});

test("a saved workbook reads the same through the package reader and ExcelJS: text, not formulas", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Hoja");
  sheet.getCell("A1").value = { formula: '"=HYPERLINK(""x"")"', result: '=HYPERLINK("x")' };
  sheet.getCell("A2").value = { formula: '"-"&"0,8"', result: "-0,8" };
  sheet.getCell("A3").value = { formula: "SUM(1,2)", result: 3 };
  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const xml = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
  expect(xml).toContain("<f>&quot;=HYPERLINK(&quot;&quot;x&quot;&quot;)&quot;</f>");

  const expected: Record<string, Cell> = {
    A1: { kind: "text", value: '=HYPERLINK("x")' },
    A2: { kind: "text", value: "-0,8" },
    A3: { kind: "number", value: 3, formula: "SUM(1,2)" },
  };
  const grid = await readSheetGrid(bytes, "Hoja");
  expect(Object.fromEntries(grid.cells)).toEqual(expected);

  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const read = reopened.getWorksheet("Hoja")!;
  expect({
    A1: toCell(read.getCell("A1")),
    A2: toCell(read.getCell("A2")),
    A3: toCell(read.getCell("A3")),
  }).toEqual(expected);
});
