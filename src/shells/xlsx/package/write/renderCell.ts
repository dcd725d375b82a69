/**
 * One patch value → one `<c>` element. A plain string is always an inline string, so it is literal text whatever
 * it starts with (`=`, `+`, `-`, `@`); formulas are only what the patch marks as formulas, with their last result
 * when the patch carries one; a date is its serial in the target workbook's date system (`date1904`: 1,462 days
 * lower, see src/core/workbook/dateSystem.ts); an error value is a `t="e"` cell holding its code.
 */
import { fileFormula } from "../../../../core/workbook/fileFormula";
import { CellInput } from "../../../../core/workbook/WorkbookPatch";
import { fileDateSerial } from "../../../../core/workbook/dateSystem";
import { encodeCellText, escapeXmlText } from "../xml/escapeXml";

const NEEDS_PRESERVE = /^\s|\s$|\n/;

export function renderCell(
  reference: string,
  input: CellInput | undefined,
  style: number,
  date1904: boolean
): string {
  const s = style > 0 ? ` s="${style}"` : "";
  if (input === null || input === undefined) return `<c r="${reference}"${s}/>`;
  switch (typeof input) {
    case "string": {
      const space = NEEDS_PRESERVE.test(input) ? ' xml:space="preserve"' : "";
      return `<c r="${reference}"${s} t="inlineStr"><is><t${space}>${encodeCellText(input)}</t></is></c>`;
    }
    case "number":
      return Number.isFinite(input)
        ? `<c r="${reference}"${s}><v>${input}</v></c>`
        : `<c r="${reference}"${s} t="e"><v>#NUM!</v></c>`;
    case "boolean":
      return `<c r="${reference}"${s} t="b"><v>${input ? 1 : 0}</v></c>`;
    default:
      if ("formula" in input) {
        const formula = `<f>${escapeXmlText(fileFormula(input.formula))}</f>`;
        const { result } = input;
        if (typeof result === "number" && Number.isFinite(result))
          return `<c r="${reference}"${s}>${formula}<v>${result}</v></c>`;
        if (typeof result === "string")
          return `<c r="${reference}"${s} t="str">${formula}<v>${escapeXmlText(result)}</v></c>`;
        if (typeof result === "boolean")
          return `<c r="${reference}"${s} t="b">${formula}<v>${result ? 1 : 0}</v></c>`;
        return `<c r="${reference}"${s}>${formula}</c>`;
      }
      if ("error" in input)
        return `<c r="${reference}"${s} t="e"><v>${escapeXmlText(input.error)}</v></c>`;
      return Number.isFinite(input.date)
        ? `<c r="${reference}"${s}><v>${fileDateSerial(input.date, date1904)}</v></c>`
        : `<c r="${reference}"${s} t="e"><v>#NUM!</v></c>`;
  }
}
