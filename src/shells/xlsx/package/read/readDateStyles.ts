/** From `xl/styles.xml`: for each cell format (`s` attribute of a cell), whether its number format is a date. */
import { BUILTIN_NUMBER_FORMATS } from "./builtinNumberFormats";
import { isDateFormat } from "./isDateFormat";
import { childElements, firstChild, parseXml, rootOf } from "../xml/xmlDocument";

export async function readDateStyles(xml: string): Promise<boolean[]> {
  const root = rootOf(parseXml(xml, "xl/styles.xml"), "xl/styles.xml");
  const custom = new Map<number, string>();
  const numFmts = firstChild(root, "numFmts");
  for (const format of numFmts ? childElements(numFmts, "numFmt") : []) {
    const id = format.getAttribute("numFmtId");
    if (id !== null) custom.set(parseInt(id, 10), format.getAttribute("formatCode") ?? "");
  }
  const cellXfs = firstChild(root, "cellXfs");
  const formatIds = (cellXfs ? childElements(cellXfs, "xf") : []).map(
    (xf) => parseInt(xf.getAttribute("numFmtId") ?? "0", 10) || 0
  );
  // Style 0 never makes a date, whatever its format: ExcelJS ignores a cell's style when its index is 0.
  return formatIds.map(
    (id, index) =>
      index > 0 && id !== 0 && isDateFormat(custom.get(id) || BUILTIN_NUMBER_FORMATS[id])
  );
}
