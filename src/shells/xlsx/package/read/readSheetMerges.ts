/**
 * The merged ranges of one worksheet part (`<mergeCell ref="B8:B12"/>`), streamed; ranges that do not parse are
 * left out. Kept apart from `readSheetCells`, which drops the hidden cells of a merge but does not return them.
 */
import { parseRangeAddress } from "../../../../core/workbook/address";
import { CellRegion } from "./CellRegion";
import { scanXml } from "../xml/scanXml";

const RANGE = /^\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

export async function readSheetMerges(source: AsyncIterable<string>): Promise<CellRegion[]> {
  const merges: CellRegion[] = [];
  await scanXml(source, {
    open(name, attributes) {
      if (name !== "mergeCell" || !attributes.ref) return;
      const ref = attributes.ref.replace(/\$/g, "");
      if (RANGE.test(ref)) merges.push(parseRangeAddress(ref));
    },
  });
  return merges;
}
