/**
 * The merged ranges of one worksheet part (`<mergeCell ref="B8:B12"/>`); ranges that do not parse are left out. The
 * `<mergeCells>` element comes after the cells (`</sheetData>`, in the schema's order), so only the part's tail is
 * read (`readSheetTail`): measured on the bench plan's 25 sheets, a saxes pass over each whole part took longer than
 * inflating it. Kept apart from `readSheetCells`, which drops the hidden cells of a merge but does not return them.
 */
import { parseRangeAddress } from "../../../../core/workbook/address";
import { CellRegion } from "./CellRegion";
import { decodeXmlText } from "../xml/decodeXmlText";
import { readSheetTail } from "../xml/sheetTail";

const RANGE = /^\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;
const MERGE_CELL = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\sref\s*=\s*(["'])(.*?)\1/g;

/** The merged ranges named in a worksheet part's tail. */
export function sheetMerges(tail: string): CellRegion[] {
  return [...tail.matchAll(MERGE_CELL)].flatMap((match) => {
    const ref = decodeXmlText(match[2]).replace(/\$/g, "");
    return RANGE.test(ref) ? [parseRangeAddress(ref)] : [];
  });
}

export async function readSheetMerges(source: AsyncIterable<string>): Promise<CellRegion[]> {
  return sheetMerges(await readSheetTail(source));
}
