/**
 * A formula the file holds without its result — as ExcelJS writes it (no `<v>`) or openpyxl (`<v></v>`) — is read
 * as the core's mark of a value nobody calculated (`isUncalculated`: empty, with its formula), by both the fast path
 * and saxes; a formula whose result Excel or LibreOffice saved, the empty text (`t="str"`, `<v></v>`) included,
 * keeps that result.
 */
import { isBlank, isUncalculated } from "../../../../src/core/workbook/CellValue";
import { readSheetRow } from "./readSheetRow";

const CELLS =
  '<c r="A2"><f>0.5*2</f></c>' + // ExcelJS, a script: no <v>
  '<c r="B2"><f>1/0</f><v></v></c>' + // openpyxl: an empty <v>
  '<c r="C2" t="str"><f>HYPERLINK("x","Acta 1")</f></c>' +
  '<c r="D2" t="str"><f>IF(1,"","x")</f><v></v></c>' + // Excel, LibreOffice: the result is ""
  '<c r="E2"><f>0.5*2</f><v>1</v></c>';

describe.each([
  ["the fast path", ""],
  ["saxes", "<!---->"],
])("%s", (_, prefix) => {
  it("marks a formula without its result, and reads one with its result as that result", async () => {
    const row = await readSheetRow(CELLS, prefix);
    expect(
      row.slice(1).map((cell) => [cell.kind, cell.formula, isUncalculated(cell), isBlank(cell)])
    ).toEqual([
      ["empty", "0.5*2", true, true],
      ["empty", "1/0", true, true],
      ["empty", 'HYPERLINK("x","Acta 1")', true, true],
      ["text", 'IF(1,"","x")', false, true],
      ["number", "0.5*2", false, false],
    ]);
    expect(row[5]).toMatchObject({ kind: "number", value: 1 });
  });
});
