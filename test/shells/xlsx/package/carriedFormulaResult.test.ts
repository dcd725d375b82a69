/**
 * A formula carried from a cell that had a result (an import, an upgrade) is written with that result, so that it
 * reads back as that value — by plan-matrix, which has no formula engine, and by any reader before Excel or
 * LibreOffice recalculates — and not as a formula nobody calculated.
 */
import { carriedCellInput } from "../../../../src/core/upgrade/carriedCellInput";
import { Cell, isUncalculated } from "../../../../src/core/workbook/CellValue";
import { CellCache } from "../../../../src/shells/xlsx/package/read/CellCache";
import { readSheetCells } from "../../../../src/shells/xlsx/package/read/readSheetCells";
import { RowFormulaTexts } from "../../../../src/shells/xlsx/package/read/RowFormulaTexts";
import { renderCell } from "../../../../src/shells/xlsx/package/write/renderCell";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

async function* once(xml: string): AsyncIterable<string> {
  yield xml;
}

async function readRow(cells: string): Promise<Cell[]> {
  const xml = `<worksheet xmlns="${MAIN}"><sheetData><row r="2">${cells}</row></sheetData></worksheet>`;
  const read = await readSheetCells(
    once(xml),
    {
      sharedStrings: [],
      dateStyles: [false],
      date1904: false,
      cells: new CellCache(),
      formulas: new RowFormulaTexts(),
    },
    { regions: [{ top: 1, left: 1, bottom: 10, right: 10 }], stringRow: 1 }
  );
  return read.rows.get(2) ?? [];
}

describe("a carried formula and its result", () => {
  const read: Cell[] = [
    { kind: "number", value: 1, formula: "0.5*2" },
    { kind: "text", value: "Acta 1", formula: 'HYPERLINK("x","Acta 1")' },
    { kind: "boolean", value: true, formula: "1=1" },
    { kind: "empty", formula: "1/0" }, // never calculated: stays so
  ];

  it("is written with the result beside the formula", () => {
    expect(
      read.map((cell, at) => renderCell(`${"ABCD"[at]}2`, carriedCellInput(cell), 0, false))
    ).toEqual([
      '<c r="A2"><f>0.5*2</f><v>1</v></c>',
      '<c r="B2" t="str"><f>HYPERLINK("x","Acta 1")</f><v>Acta 1</v></c>',
      '<c r="C2" t="b"><f>1=1</f><v>1</v></c>',
      '<c r="D2"><f>1/0</f></c>',
    ]);
  });

  it("reads back as the value it had, its formula kept; one never calculated still reads so", async () => {
    const row = await readRow(
      read
        .map((cell, at) => renderCell(`${"ABCD"[at]}2`, carriedCellInput(cell), 0, false))
        .join("")
    );
    expect(
      row
        .slice(1)
        .map((cell) => [
          cell.kind,
          "value" in cell ? cell.value : null,
          cell.formula,
          isUncalculated(cell),
        ])
    ).toEqual([
      ["number", 1, "0.5*2", false],
      ["text", "Acta 1", 'HYPERLINK("x","Acta 1")', false],
      ["boolean", true, "1=1", false],
      ["empty", null, "1/0", true],
    ]);
  });
});
