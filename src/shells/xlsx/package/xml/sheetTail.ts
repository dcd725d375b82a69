/**
 * What a worksheet part holds after its cells (`</sheetData>`): conditional formats, data validation, sparklines and
 * their Excel 2010 extensions, whose formulas (`<formula>`, `<formula1>`, `<formula2>`, `<xm:f>`) read cells as cell
 * formulas do. The reader lists those formulas in document order and the writer rewrites them one for one, with the
 * same pattern, so the two always agree on which is which. The tail is small (rules, not cells): it is held whole,
 * while the cells before it stream through.
 */
import { decodeXmlText } from "./decodeXmlText";
import { escapeXmlText } from "./escapeXml";

/** The end of the cells: `</sheetData>`, or an empty `<sheetData/>`, under any prefix. */
const SHEET_DATA_END = /<\/(?:[\w.-]+:)?sheetData>|<(?:[\w.-]+:)?sheetData\s*\/>/;
/** Characters kept back while looking for `SHEET_DATA_END` across chunks (longer than the tag with a prefix). */
const CARRY = 64;
/** A formula element of the tail, without attributes; its text is group 3. */
const TAIL_FORMULA = /<((?:[\w.-]+:)?)(formula[12]?|f)>([^<]*)<\/\1\2>/g;

/** The tail's formulas, decoded, in document order. */
export function tailFormulas(tail: string): string[] {
  return [...tail.matchAll(TAIL_FORMULA)].map((match) => decodeXmlText(match[3]));
}

/** The tail with its formulas given new texts, one for one; a count that differs is a caller's error. */
export function rewriteTailFormulas(tail: string, formulas: readonly string[]): string {
  const found = [...tail.matchAll(TAIL_FORMULA)].length;
  if (found !== formulas.length)
    throw new Error(`A sheet edit gives ${formulas.length} rule formulas for ${found}`);
  let at = 0;
  return tail.replace(
    TAIL_FORMULA,
    (_match, prefix: string, name: string) =>
      `<${prefix}${name}>${escapeXmlText(formulas[at++])}</${prefix}${name}>`
  );
}

/**
 * The part's text in two: `head` chunks up to the end of the cells, given as they stream, then the `tail` whole
 * (empty when the part has no `sheetData`). `onTail` gets the tail and returns what to write in its place.
 */
export async function* splitAtSheetDataEnd(
  source: AsyncIterable<string>,
  onTail: (tail: string) => string
): AsyncGenerator<string> {
  let pending = "";
  let tail: string | null = null;
  for await (const chunk of source) {
    if (tail !== null) {
      tail += chunk;
      continue;
    }
    pending += chunk;
    const end = SHEET_DATA_END.exec(pending);
    if (end) {
      const cut = end.index + end[0].length;
      yield pending.slice(0, cut);
      tail = pending.slice(cut);
      pending = "";
    } else if (pending.length > CARRY) {
      yield pending.slice(0, pending.length - CARRY);
      pending = pending.slice(pending.length - CARRY);
    }
  }
  if (tail === null) yield pending + onTail("");
  else yield onTail(tail);
}

/** A worksheet part's tail (empty without `sheetData`), streaming past its cells unread. */
export async function readSheetTail(source: AsyncIterable<string>): Promise<string> {
  let kept = "";
  const pieces = splitAtSheetDataEnd(source, (tail) => {
    kept = tail;
    return "";
  });
  for await (const piece of pieces) void piece;
  return kept;
}
