/** Row 2's cells by column (1 = A), read by the package reader from a sheet whose `<sheetData>` starts with `prefix`. */
import { Cell } from "../../../../src/core/workbook/CellValue";
import { CellCache } from "../../../../src/shells/xlsx/package/read/CellCache";
import { readSheetCells } from "../../../../src/shells/xlsx/package/read/readSheetCells";
import { RowFormulaTexts } from "../../../../src/shells/xlsx/package/read/RowFormulaTexts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

async function* once(xml: string): AsyncIterable<string> {
  yield xml;
}

/** `prefix`: "" for the worksheet fast path, a comment (`<!---->`) to send it all to saxes. */
export async function readSheetRow(cells: string, prefix = ""): Promise<Cell[]> {
  const xml = `<worksheet xmlns="${MAIN}"><sheetData>${prefix}<row r="2">${cells}</row></sheetData></worksheet>`;
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
