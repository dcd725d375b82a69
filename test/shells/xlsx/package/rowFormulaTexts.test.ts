/**
 * The package reader holds a formula filled down a column once: each cell still reads as its own row's text
 * (`formula`), while cells whose formula is the column's with their own row number share one `RowFormulaText`.
 * Written out in full or as a shared formula (`t="shared"`, as Excel saves a filled column); digits that are the
 * row number only by chance (row 10 of `ROUND(…,10)`) change nothing.
 */
import { Cell, ROW_FORMULA } from "../../../../src/core/workbook/CellValue";
import { CellCache } from "../../../../src/shells/xlsx/package/read/CellCache";
import { CellContext } from "../../../../src/shells/xlsx/package/read/cellFromXml";
import { readSheetCells } from "../../../../src/shells/xlsx/package/read/readSheetCells";
import { RowFormulaTexts } from "../../../../src/shells/xlsx/package/read/RowFormulaTexts";

async function* chunks(xml: string): AsyncIterable<string> {
  yield xml;
}

const context = (): CellContext => ({
  sharedStrings: [],
  cells: new CellCache(),
  formulas: new RowFormulaTexts(),
  dateStyles: [false],
  date1904: false,
});

const sheet = (rows: string): string =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

async function cellsOf(rows: string): Promise<Map<number, Cell[]>> {
  const read = await readSheetCells(chunks(sheet(rows)), context(), {
    regions: [{ top: 1, left: 1, bottom: 20, right: 5 }],
  });
  return read.rows;
}

const row = (n: number, formula: string, extra = ""): string =>
  `<row r="${n}"><c r="B${n}"><f>${formula}</f><v>1</v></c>${extra}</row>`;

describe("formulas read down a column", () => {
  it("read as each row's text, the rows of one formula sharing its text", async () => {
    const rows = await cellsOf(
      row(8, "ROUND(A8/C8,10)") +
        row(9, "ROUND(A9/C9,10)") +
        row(10, "ROUND(A10/C10,10)") +
        row(11, "ROUND(A11/C11,10)") +
        row(12, "A12*2")
    );
    const b = (n: number): Cell => (rows.get(n) as Cell[])[2];
    expect([8, 9, 10, 11, 12].map((n) => b(n).formula)).toEqual([
      "ROUND(A8/C8,10)",
      "ROUND(A9/C9,10)",
      "ROUND(A10/C10,10)",
      "ROUND(A11/C11,10)",
      "A12*2",
    ]);
    expect(b(8)).toEqual({ kind: "number", value: 1, formula: "ROUND(A8/C8,10)" });
    // Row 10's "10" is also ROUND's, yet row 9's text at row 10 is row 10's formula: all four share it.
    for (const n of [9, 10, 11]) expect(b(n)[ROW_FORMULA]?.text).toBe(b(8)[ROW_FORMULA]?.text);
    expect(b(12)[ROW_FORMULA]?.text).not.toBe(b(11)[ROW_FORMULA]?.text);
    expect({ ...b(9) }).toEqual({ kind: "number", value: 1, formula: "ROUND(A9/C9,10)" });
  });

  it("a shared formula's cells read as their own rows' text, held as one text", async () => {
    const rows = await cellsOf(
      `<row r="2"><c r="C2"><f t="shared" ref="C2:C4" si="0">A2+$B$1</f><v>3</v></c></row>` +
        `<row r="3"><c r="C3"><f t="shared" si="0"/><v>4</v></c></row>` +
        `<row r="4"><c r="C4"><f t="shared" si="0"/><v>5</v></c></row>`
    );
    const c = (n: number): Cell => (rows.get(n) as Cell[])[3];
    expect([2, 3, 4].map((n) => [c(n).kind, c(n).formula])).toEqual([
      ["number", "A2+$B$1"],
      ["number", "A3+$B$1"],
      ["number", "A4+$B$1"],
    ]);
    expect(c(4)[ROW_FORMULA]?.text).toBe(c(3)[ROW_FORMULA]?.text);
  });
});
