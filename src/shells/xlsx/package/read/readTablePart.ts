/** A table part's identity and range (`xl/tables/tableN.xml`), read as a namespace-aware document. */
import { CellRegion } from "./CellRegion";
import { parseRangeAddress } from "../../../../core/workbook/address";
import { parseXml, rootOf } from "../xml/xmlDocument";

export type TablePart = {
  id: number;
  name: string;
  /** The whole table, as `ref` gives it: header row, data rows and the totals row when one is shown. */
  region: CellRegion | null;
  /**
   * Rows of Excel's Total Row ("Fila de totales") at the bottom of `region`: `totalsRowCount`, 0 when absent.
   * (`totalsRowShown` only says one was shown once; the range holds a totals row only while this is 1.)
   */
  totalsRows: number;
};

export function readTablePart(xml: string, part: string): TablePart | null {
  const root = rootOf(parseXml(xml, part), part);
  if (root.localName !== "table") return null;
  const ref = root.getAttribute("ref");
  const totalsRows = Number(root.getAttribute("totalsRowCount") ?? 0);
  return {
    id: Number(root.getAttribute("id") ?? 0),
    name: root.getAttribute("name") ?? "",
    region: ref ? parseRangeAddress(ref) : null,
    totalsRows: Number.isInteger(totalsRows) && totalsRows > 0 ? totalsRows : 0,
  };
}
