/**
 * The rows of a worksheet's `<sheetData>` as Excel, LibreOffice, openpyxl and our own writer write them — compact
 * `<row>`s of `<c>` elements holding at most an `<f>`, a `<v>` and an `<is><t>` — read straight into what the sheet
 * reader keeps of a cell (`SheetRowSink`), without building an element name, an attribute object or a string for an
 * attribute nobody reads. Anything else (a comment, CDATA, a namespace prefix, rich text, white space inside a cell,
 * single quotes, a reference other than the five named entities, a character XML refuses, a duplicate attribute, an
 * address or style written otherwise than plainly) stops it where that row or cell starts, and saxes reads the rest
 * of the part (`scanWorksheetXml`): this never decides what is well-formed, it only reads what it is sure of.
 *
 * Measured (`npx tsx bench/xmlParsers.ts`, the bench plan's biggest sheet, 14.4 M characters, loaded machine): saxes
 * 0.36–0.38 s, this scan 0.21–0.31 s, where a tokeniser of ours giving saxes' events and attribute objects had taken
 * longer than saxes; `validate --json` on the whole plan: 8.2–8.9 s of CPU instead of 10.4–11.0 s.
 */
import { decodeXmlText } from "./decodeXmlText";
import { LAST_COLUMN, LAST_ROW } from "../../../../core/workbook/sheetLimits";

/** A whole `<c>` as read: the attributes the sheet reader uses, and its `<f>`, `<v>` and `<is><t>`. */
export type FastCell = {
  /** From `r`; 0 when the cell has none (the column after the previous cell's). */
  column: number;
  /** `t`, or undefined. */
  type: string | undefined;
  /** `s`, or 0. */
  style: number;
  /** The `<v>` text, undefined without a `<v>`. */
  value: string | undefined;
  /** Whether there is an `<f>`; its text and `t`, `ref` and `si`. */
  hasFormula: boolean;
  formula: string;
  formulaType: string | undefined;
  formulaRef: string | undefined;
  formulaGroup: string | undefined;
  /** Whether there is an `<is>`; its `<t>` text (without `_xHHHH_` decoding). */
  hasInline: boolean;
  inlineText: string;
};

/** What receives the rows: the sheet reader's own steps for a `<row>` and a `<c>`. */
export type SheetRowSink = {
  /** A row opens: its `r`, or 0 when it has none (the row after the previous one). */
  row(number: number): void;
  cell(cell: FastCell): void;
};

/** Where a row scan stopped: `at`, and whether it handed over inside a `<row>` the sink was already given. */
export type RowsStop = { at: number; handOver: boolean; inRow: boolean };

/**
 * Text saxes would refuse or change: a character XML 1.0 forbids, a carriage return (normalised), `]]>`, or a
 * reference other than the five named entities (a numeric one is left to saxes, which checks its character).
 */
const NOT_PLAIN_TEXT =
  // eslint-disable-next-line no-control-regex -- finding the control characters XML forbids is the point
  /[\r\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|]]>|&(?!(?:lt|gt|amp|quot|apos);)/;

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9;
/** ASCII letters and `_`: what a name written by the producers above starts with (others go to saxes). */
const isNameStart = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
/** …and continues with: letters, digits, `_`, `-`, `.`, `:`. */
const isNameCharacter = (code: number): boolean =>
  isNameStart(code) || (code >= 48 && code <= 58) || code === 45 || code === 46;

/** The cell types as constants, so that a type read is not a new string per cell. */
const SHORT_TYPES = ["s", "n", "b", "e", "d"];

/** Which tag `attributes` reads: what it keeps of each attribute. */
const enum Tag {
  Row,
  Cell,
  Formula,
  Other,
}

export class SheetRowsFastPath {
  private buffer = "";
  private readonly cell: FastCell = {
    column: 0,
    type: undefined,
    style: 0,
    value: undefined,
    hasFormula: false,
    formula: "",
    formulaType: undefined,
    formulaRef: undefined,
    formulaGroup: undefined,
    hasInline: false,
    inlineText: "",
  };
  // Set by `attributes`.
  private rowNumber = 0;
  private selfClosing = false;
  /** Names of the attributes of the tag being read other than those kept, to refuse a duplicate. */
  private readonly otherNames: string[] = [];
  // Set by `textUntil`.
  private text = "";

  constructor(private readonly sink: SheetRowSink) {}

  /**
   * Gives the sink every whole row of `buffer` from `from`, up to `limit` (just past the last `</row>` in it).
   * Stops at the first thing it does not read (`handOver`), or at `limit` (more text is needed).
   */
  rows(buffer: string, from: number, limit: number): RowsStop {
    this.buffer = buffer;
    let at = from;
    while (at < limit) {
      const rowStart = at;
      const tagStart = this.skipSpace(at);
      const afterTag = this.startsTag(tagStart, "row")
        ? this.attributes(tagStart + 4, Tag.Row)
        : -1;
      if (afterTag < 0) return { at: rowStart, handOver: true, inRow: false };
      this.sink.row(this.rowNumber);
      at = afterTag;
      if (this.selfClosing) continue;
      for (;;) {
        const cellStart = at;
        const next = this.skipSpace(at);
        if (buffer.startsWith("</row>", next)) {
          at = next + 6;
          break;
        }
        const end = this.startsTag(next, "c") ? this.readCell(next) : -1;
        if (end < 0) return { at: cellStart, handOver: true, inRow: true };
        this.sink.cell(this.cell);
        at = end;
      }
    }
    return { at, handOver: false, inRow: false };
  }

  private skipSpace(at: number): number {
    while (isSpace(this.buffer.charCodeAt(at))) at++;
    return at;
  }

  /** `<name` at `at`, followed by white space, `>` or `/`. */
  private startsTag(at: number, name: string): boolean {
    const buffer = this.buffer;
    if (buffer.charCodeAt(at) !== 60 || !buffer.startsWith(name, at + 1)) return false;
    const after = buffer.charCodeAt(at + 1 + name.length);
    return after === 62 || after === 47 || isSpace(after);
  }

  /**
   * The attributes of an open tag from `at` (just past its name) to its `>` or `/>` → just past it, or -1. Keeps
   * what the sheet reader reads of `tag` (a row's `r`; a cell's `r`, `s`, `t`; a formula's `t`, `ref`, `si`).
   */
  private attributes(at: number, tag: Tag): number {
    const buffer = this.buffer;
    const cell = this.cell;
    const otherNames = this.otherNames;
    let others = 0;
    let seen = 0;
    let position = at;
    if (tag === Tag.Row) this.rowNumber = 0;
    for (;;) {
      const nameStart = this.skipSpace(position);
      if (nameStart === position) break;
      position = nameStart;
      let code = buffer.charCodeAt(position);
      if (!isNameStart(code)) break;
      while (isNameCharacter((code = buffer.charCodeAt(++position))));
      if (code !== 61 /* = */ || buffer.charCodeAt(position + 1) !== 34 /* " */) return -1;
      const nameLength = position - nameStart;
      const valueStart = position + 2;
      const valueEnd = buffer.indexOf('"', valueStart);
      if (valueEnd < 0) return -1;
      for (let scan = valueStart; scan < valueEnd; scan++) {
        const character = buffer.charCodeAt(scan);
        if (character < 32 || character === 60 /* < */ || character === 38 /* & */) return -1;
      }
      position = valueEnd + 1;
      // Which kept attribute this is (a bit per name), or 0.
      const first = buffer.charCodeAt(nameStart);
      let kept = 0;
      if (nameLength === 1 && (tag === Tag.Row || tag === Tag.Cell)) {
        if (first === 114 /* r */) kept = 1;
        else if (tag === Tag.Cell && first === 115 /* s */) kept = 2;
        else if (tag === Tag.Cell && first === 116 /* t */) kept = 4;
      } else if (tag === Tag.Formula) {
        if (nameLength === 1 && first === 116 /* t */) kept = 1;
        else if (nameLength === 3 && buffer.startsWith("ref", nameStart)) kept = 2;
        else if (nameLength === 2 && buffer.startsWith("si", nameStart)) kept = 4;
      }
      if (kept === 0) {
        const name = buffer.slice(nameStart, nameStart + nameLength);
        for (let other = 0; other < others; other++) if (otherNames[other] === name) return -1;
        otherNames[others++] = name;
        continue;
      }
      if ((seen & kept) !== 0) return -1;
      seen |= kept;
      if (tag === Tag.Row) {
        this.rowNumber = this.digits(valueStart, valueEnd, 7);
        if (!(this.rowNumber >= 1 && this.rowNumber <= LAST_ROW)) return -1;
      } else if (tag === Tag.Cell) {
        if (kept === 1) {
          cell.column = this.columnOf(valueStart, valueEnd);
          if (cell.column < 1) return -1;
        } else if (kept === 2) {
          cell.style = this.digits(valueStart, valueEnd, 9);
          if (cell.style < 0) return -1;
        } else cell.type = this.type(valueStart, valueEnd);
      } else if (tag === Tag.Formula) {
        const value = buffer.slice(valueStart, valueEnd);
        if (kept === 1) cell.formulaType = value;
        else if (kept === 2) cell.formulaRef = value;
        else cell.formulaGroup = value;
      }
    }
    const code = buffer.charCodeAt(position);
    if (code === 62 /* > */) {
      this.selfClosing = false;
      return position + 1;
    }
    if (code === 47 /* / */ && buffer.charCodeAt(position + 1) === 62) {
      this.selfClosing = true;
      return position + 2;
    }
    return -1;
  }

  /** A number of 1 to `most` ASCII digits from `from` to `to`, or -1. */
  private digits(from: number, to: number, most: number): number {
    if (to === from || to - from > most) return -1;
    let value = 0;
    for (let at = from; at < to; at++) {
      const digit = this.buffer.charCodeAt(at) - 48;
      if (digit < 0 || digit > 9) return -1;
      value = value * 10 + digit;
    }
    return value;
  }

  /** The column of a plain A1 address (`AB12`: capitals, then digits), or -1. */
  private columnOf(from: number, to: number): number {
    let column = 0;
    let at = from;
    for (; at < to; at++) {
      const code = this.buffer.charCodeAt(at);
      if (code < 65 || code > 90) break;
      column = column * 26 + code - 64;
    }
    if (at === from || at - from > 3 || column > LAST_COLUMN) return -1;
    return this.digits(at, to, 7) >= 1 ? column : -1;
  }

  private type(from: number, to: number): string {
    const buffer = this.buffer;
    const length = to - from;
    const first = buffer.charCodeAt(from);
    if (length === 1) for (const type of SHORT_TYPES) if (type.charCodeAt(0) === first) return type;
    if (length === 3 && buffer.startsWith("str", from)) return "str";
    if (length === 9 && buffer.startsWith("inlineStr", from)) return "inlineStr";
    return buffer.slice(from, to);
  }

  /** Character data from `at` up to the close tag `</name>` → just past the close tag (the text in `text`). */
  private textUntil(at: number, name: string): number {
    const buffer = this.buffer;
    const end = buffer.indexOf("<", at);
    if (end < 0 || buffer.charCodeAt(end + 1) !== 47 || !buffer.startsWith(name, end + 2))
      return -1;
    if (buffer.charCodeAt(end + 2 + name.length) !== 62) return -1;
    const raw = buffer.slice(at, end);
    if (NOT_PLAIN_TEXT.test(raw)) return -1;
    this.text = raw.indexOf("&") >= 0 ? decodeXmlText(raw) : raw;
    return end + 3 + name.length;
  }

  /** The element `<name …>text</name>` or `<name …/>` at `at` → just past it (its text in `text`, "" if none), or -1. */
  private textElement(at: number, name: string, tag: Tag): number {
    const afterTag = this.attributes(at + 1 + name.length, tag);
    this.text = "";
    return afterTag < 0 || this.selfClosing ? afterTag : this.textUntil(afterTag, name);
  }

  /** A whole `<c>` at `at` read into `cell` → just past it, or -1. */
  private readCell(at: number): number {
    const buffer = this.buffer;
    const cell = this.cell;
    cell.column = 0;
    cell.type = undefined;
    cell.style = 0;
    cell.value = undefined;
    cell.hasFormula = false;
    cell.hasInline = false;
    let position = this.attributes(at + 2, Tag.Cell);
    if (position < 0 || this.selfClosing) return position;
    if (this.startsTag(position, "f")) {
      cell.hasFormula = true;
      cell.formulaType = undefined;
      cell.formulaRef = undefined;
      cell.formulaGroup = undefined;
      position = this.textElement(position, "f", Tag.Formula);
      if (position < 0) return -1;
      cell.formula = this.text;
    }
    if (this.startsTag(position, "v")) {
      position = this.textElement(position, "v", Tag.Other);
      if (position < 0) return -1;
      cell.value = this.text;
    }
    if (buffer.startsWith("<is>", position)) {
      cell.hasInline = true;
      cell.inlineText = "";
      position += 4;
      if (this.startsTag(position, "t")) {
        position = this.textElement(position, "t", Tag.Other);
        if (position < 0) return -1;
        cell.inlineText = this.text;
      }
      if (!buffer.startsWith("</is>", position)) return -1;
      position += 5;
    }
    return buffer.startsWith("</c>", position) ? position + 4 : -1;
  }
}
