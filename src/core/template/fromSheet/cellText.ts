import { collapseWhitespace } from "../../text/collapseWhitespace";
import { SheetCellValue } from "./SpreadsheetData";

/** A cell as text, whitespace collapsed; "" for an empty cell. */
export function cellText(value: SheetCellValue | undefined): string {
  if (value === null || value === undefined) return "";
  return collapseWhitespace(String(value));
}
