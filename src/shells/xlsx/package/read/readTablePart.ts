/** A table part's identity and range (`xl/tables/tableN.xml`), read as a namespace-aware document. */
import { CellRegion } from "./CellRegion";
import { parseRangeAddress } from "../../../../core/workbook/address";
import { parseXml, rootOf } from "../xml/xmlDocument";

export type TablePart = { id: number; name: string; region: CellRegion | null };

export function readTablePart(xml: string, part: string): TablePart | null {
  const root = rootOf(parseXml(xml, part), part);
  if (root.localName !== "table") return null;
  const ref = root.getAttribute("ref");
  return {
    id: Number(root.getAttribute("id") ?? 0),
    name: root.getAttribute("name") ?? "",
    region: ref ? parseRangeAddress(ref) : null,
  };
}
