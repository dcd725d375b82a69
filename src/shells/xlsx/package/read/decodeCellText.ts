/**
 * Cell text as Excel stores it → the text: `_xHHHH_` escapes (Excel's way to store control characters such as
 * `_x000D_`) become their character, as ExcelJS decodes them in shared strings. Writers escape a literal `_x` that
 * would read as one (`_x005F_`).
 */
const ESCAPE = /_x([0-9A-F]{4})_/g;

export function decodeCellText(text: string): string {
  return text.indexOf("_x") >= 0
    ? text.replace(ESCAPE, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}
