/**
 * A formula carried from a cell that had a result (an import, an upgrade) is written with that result, so that it
 * reads back as that value — by plan-matrix, which has no formula engine, and by any reader before Excel or
 * LibreOffice recalculates — and not as a formula nobody calculated.
 */
import { carriedCellInput } from "../../../../src/core/workbook/carriedCellInput";
import { Cell, isUncalculated } from "../../../../src/core/workbook/CellValue";
import { readSheetRow } from "./readSheetRow";
import { renderCell } from "../../../../src/shells/xlsx/package/write/renderCell";

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
    const row = await readSheetRow(
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
