/** From `xl/styles.xml`: for each cell format (`s` attribute of a cell), whether its number format is a date. */
import { BUILTIN_NUMBER_FORMATS } from "./builtinNumberFormats";
import { isDateFormat } from "./isDateFormat";
import { scanXml } from "./scanXml";

export async function readDateStyles(xml: string): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  let depth = 0;
  await scanXml(xml, (scanner) => ({
    open(name, attributes) {
      if (name === "numFmt" && attributes.numFmtId !== undefined)
        custom.set(parseInt(attributes.numFmtId, 10), attributes.formatCode ?? "");
      else if (name === "cellXfs") {
        inCellXfs = true;
        depth = scanner.level;
      } else if (inCellXfs && name === "xf" && scanner.level === depth + 1)
        formatIds.push(parseInt(attributes.numFmtId ?? "0", 10) || 0);
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  }));
  // Style 0 never makes a date, whatever its format: ExcelJS ignores a cell's style when its index is 0.
  return formatIds.map(
    (id, index) =>
      index > 0 && id !== 0 && isDateFormat(custom.get(id) || BUILTIN_NUMBER_FORMATS[id])
  );
}
