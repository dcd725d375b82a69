/**
 * An .xlsx package (bytes) → the core's `SpreadsheetData`: every visible worksheet as a grid of plain values with
 * its merged ranges, for importing last year's plan matrix as a template. Whole sheets are read: such matrices are
 * small (hundreds of rows), unlike the plans the snapshot reader streams.
 */
import {
  SheetCellValue,
  SheetGrid,
  SpreadsheetData,
} from "../../../../core/template/fromSheet/SpreadsheetData";
import { Cell } from "../../../../core/workbook/CellValue";
import { serialToDate } from "../../../../core/workbook/dateSerial";
import { openWorkbookPackage } from "./openWorkbookPackage";
import { readSheetCells } from "./readSheetCells";
import { readSheetMerges } from "./readSheetMerges";
import { ZipReader } from "../zip/ZipReader";
import { LAST_COLUMN, LAST_ROW } from "../../../../core/workbook/sheetLimits";

function plainValue(cell: Cell | undefined): SheetCellValue {
  if (!cell) return null;
  switch (cell.kind) {
    case "text":
      return cell.value;
    case "number":
      return cell.value;
    case "boolean":
      return cell.value;
    case "date": {
      const { year, month, day } = serialToDate(cell.serial);
      return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    }
    case "error":
      return cell.code;
    default:
      return null;
  }
}

export async function readSpreadsheetData(bytes: Uint8Array): Promise<SpreadsheetData> {
  const zip = ZipReader.fromBytes(bytes);
  const { worksheets, context } = await openWorkbookPackage(zip);
  const sheets: SheetGrid[] = [];
  for (const { sheet, part } of worksheets) {
    if (sheet.state !== "visible") continue;
    const read = await readSheetCells(zip.textChunks(part), context, {
      regions: [{ top: 1, left: 1, bottom: LAST_ROW, right: LAST_COLUMN }],
    });
    const last = Math.max(0, ...read.rows.keys());
    const rows: SheetCellValue[][] = [];
    for (let row = 1; row <= last; row++) {
      const cells = read.rows.get(row) ?? [];
      rows.push(
        Array.from({ length: Math.max(0, cells.length - 1) }, (_, i) => plainValue(cells[i + 1]))
      );
    }
    sheets.push({ name: sheet.name, rows, merges: await readSheetMerges(zip.textChunks(part)) });
  }
  return { sheets };
}
