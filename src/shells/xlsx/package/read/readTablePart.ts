/** A table part's identity and range (`xl/tables/tableN.xml`), read as a namespace-aware document. */
import { CellRegion } from "./CellRegion";
import { parseRangeAddress } from "../../../../core/workbook/address";
import { childElements, firstChild, parseXml, rootOf } from "../xml/xmlDocument";

export type TablePart = {
  id: number;
  name: string;
  /**
   * The whole table, as `ref` gives it: header row (when shown), data rows and the totals row when one is shown.
   */
  region: CellRegion | null;
  /**
   * Rows of Excel's Total Row ("Fila de totales") at the bottom of `region`: `totalsRowCount`, 0 when absent.
   * (`totalsRowShown` only says one was shown once; the range holds a totals row only while this is 1.)
   */
  totalsRows: number;
  /**
   * Whether `region` starts with the header row: `headerRowCount="0"` is Excel's Table Design › Header Row
   * unchecked, and then `ref` starts at the first data row (ECMA-376 §18.5.1.2; default 1).
   */
  headerShown: boolean;
  /**
   * `<tableColumn name>` of each column, in order: the header Excel keeps for a column even when its header cell is
   * hidden (no header row) or was left blank by another program (LibreOffice keeps the name when a header cell is
   * cleared, and Excel repairs the cell from it).
   */
  columnNames: string[];
};

/** `_xHHHH_` escapes (ECMA-376 §22.9.2.19 ST_Xstring: a line break in a header is `_x000a_`) → characters. */
const unescapeXstring = (text: string): string =>
  text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export function readTablePart(xml: string, part: string): TablePart | null {
  const root = rootOf(parseXml(xml, part), part);
  if (root.localName !== "table") return null;
  const ref = root.getAttribute("ref");
  const totalsRows = Number(root.getAttribute("totalsRowCount") ?? 0);
  const columns = firstChild(root, "tableColumns");
  return {
    id: Number(root.getAttribute("id") ?? 0),
    name: root.getAttribute("name") ?? "",
    region: ref ? parseRangeAddress(ref) : null,
    totalsRows: Number.isInteger(totalsRows) && totalsRows > 0 ? totalsRows : 0,
    headerShown: root.getAttribute("headerRowCount") !== "0",
    columnNames: (columns ? childElements(columns, "tableColumn") : []).map((column) =>
      unescapeXstring(column.getAttribute("name") ?? "")
    ),
  };
}
