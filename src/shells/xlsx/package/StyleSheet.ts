/**
 * `xl/styles.xml`, extended in place: the cell formats a patch needs (number formats, fonts, fills, alignment,
 * protection) and the differential formats of its conditional formats are appended — or found, when an identical
 * one is already there — and everything else stays as the file had it.
 */
import { CellStyle } from "../../../core/workbook/WorkbookPatch";
import { BUILTIN_NUMBER_FORMATS } from "./builtinNumberFormats";
import { escapeXmlAttribute } from "./escapeXml";
import { XmlScanner } from "./XmlScanner";

/** The style sheet's children, in the order the schema requires. */
const SECTION_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
const GROWING = ["numFmts", "fonts", "fills", "cellXfs", "dxfs"] as const;
type Growing = (typeof GROWING)[number];

/** Font children in the order Excel writes them. */
const FONT_ORDER = [
  "b",
  "i",
  "strike",
  "condense",
  "extend",
  "outline",
  "shadow",
  "u",
  "vertAlign",
  "sz",
  "color",
  "name",
  "family",
  "charset",
  "scheme",
];

type Section = {
  /** Where the element starts and ends in the source (end is past its closing tag). */
  start: number;
  end: number;
  /** Where new children go: before the closing tag, or -1 when the element is self-closing. */
  insertAt: number;
  /** Source XML of each existing child. */
  children: string[];
};

const BUILTIN_FORMAT_IDS = new Map(
  Object.entries(BUILTIN_NUMBER_FORMATS).map(([id, code]) => [code, Number(id)])
);

const argb = (color: string): string => `FF${color.toUpperCase()}`;
const VERTICAL: Record<NonNullable<CellStyle["vertical"]>, string> = {
  top: "top",
  middle: "center",
  bottom: "bottom",
};

export class StyleSheet {
  private readonly sections = new Map<string, Section>();
  private readonly added: Record<Growing, string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    cellXfs: [],
    dxfs: [],
  };
  private readonly indexes: Record<Growing, Map<string, number>> = {
    numFmts: new Map(),
    fonts: new Map(),
    fills: new Map(),
    cellXfs: new Map(),
    dxfs: new Map(),
  };
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = 164;
  private readonly baseFont = new Map<string, string>();
  private readonly cellFormats = new Map<string, number>();

  private constructor(private readonly xml: string) {}

  static parse(xml: string): StyleSheet {
    const sheet = new StyleSheet(xml);
    sheet.index();
    return sheet;
  }

  /** The cell format index (`s` attribute) for a style; 0 for no style at all. */
  cellFormat(style: CellStyle): number {
    const key = JSON.stringify(style);
    const known = this.cellFormats.get(key);
    if (known !== undefined) return known;
    const index = this.computeCellFormat(style);
    this.cellFormats.set(key, index);
    return index;
  }

  /** The differential format index (`dxfId`) of a conditional format's style. */
  differentialFormat(style: Pick<CellStyle, "fill" | "fontColor" | "bold">): number {
    const font =
      style.bold || style.fontColor
        ? `<font>${style.bold ? "<b/>" : ""}${style.fontColor ? `<color rgb="${argb(style.fontColor)}"/>` : ""}</font>`
        : "";
    const fill = style.fill
      ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(style.fill)}"/></patternFill></fill>`
      : "";
    return this.child("dxfs", `<dxf>${font}${fill}</dxf>`);
  }

  /** The style sheet with every addition. */
  toXml(): string {
    const edits: { at: number; end: number; text: string }[] = [];
    for (const name of GROWING) {
      const added = this.added[name];
      if (added.length === 0) continue;
      const section = this.sections.get(name);
      const count = (section?.children.length ?? 0) + added.length;
      if (section && section.insertAt >= 0) {
        const open = this.xml.slice(section.start, this.xml.indexOf(">", section.start) + 1);
        const counted = /\scount="\d*"/.test(open)
          ? open.replace(/\scount="\d*"/, ` count="${count}"`)
          : open.replace(/(\/?)>$/, ` count="${count}"$1>`);
        edits.push({ at: section.start, end: section.start + open.length, text: counted });
        edits.push({ at: section.insertAt, end: section.insertAt, text: added.join("") });
      } else if (section) {
        edits.push({
          at: section.start,
          end: section.end,
          text: `<${name} count="${count}">${added.join("")}</${name}>`,
        });
      } else {
        edits.push({
          at: this.insertionPoint(name),
          end: this.insertionPoint(name),
          text: `<${name} count="${count}">${added.join("")}</${name}>`,
        });
      }
    }
    edits.sort((a, b) => a.at - b.at || a.end - b.end);
    let out = "";
    let at = 0;
    for (const edit of edits) {
      out += this.xml.slice(at, edit.at) + edit.text;
      at = edit.end;
    }
    return out + this.xml.slice(at);
  }

  private insertionPoint(name: string): number {
    const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(name) + 1);
    const next = later
      .map((candidate) => this.sections.get(candidate)?.start)
      .filter((start): start is number => start !== undefined);
    if (next.length > 0) return Math.min(...next);
    return this.xml.lastIndexOf("</");
  }

  private child(name: Growing, xml: string): number {
    const known = this.indexes[name].get(xml);
    if (known !== undefined) return known;
    const index = (this.sections.get(name)?.children.length ?? 0) + this.added[name].length;
    this.added[name].push(xml);
    this.indexes[name].set(xml, index);
    return index;
  }

  private numberFormatId(code: string): number {
    const builtin = BUILTIN_FORMAT_IDS.get(code);
    if (builtin !== undefined) return builtin;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.child("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeXmlAttribute(code)}"/>`);
    return id;
  }

  private computeCellFormat(style: CellStyle): number {
    const numFmtId = style.numberFormat !== undefined ? this.numberFormatId(style.numberFormat) : 0;
    const hasFont =
      style.bold !== undefined ||
      style.italic !== undefined ||
      style.fontSize !== undefined ||
      style.fontColor !== undefined;
    const fontId = hasFont ? this.child("fonts", this.font(style)) : 0;
    const fillId =
      style.fill !== undefined
        ? this.child(
            "fills",
            `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`
          )
        : 0;
    const alignment = [
      style.horizontal !== undefined ? ` horizontal="${style.horizontal}"` : "",
      style.vertical !== undefined ? ` vertical="${VERTICAL[style.vertical]}"` : "",
      style.wrap !== undefined ? ` wrapText="${style.wrap ? 1 : 0}"` : "",
    ].join("");
    const protection =
      style.locked !== undefined ? `<protection locked="${style.locked ? 1 : 0}"/>` : "";
    const flags = [
      style.numberFormat !== undefined ? ' applyNumberFormat="1"' : "",
      hasFont ? ' applyFont="1"' : "",
      style.fill !== undefined ? ' applyFill="1"' : "",
      alignment ? ' applyAlignment="1"' : "",
      protection ? ' applyProtection="1"' : "",
    ].join("");
    const children = `${alignment ? `<alignment${alignment}/>` : ""}${protection}`;
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${flags}${
      children ? `>${children}</xf>` : "/>"
    }`;
    if (!flags) return 0;
    return this.child("cellXfs", xf);
  }

  /** The workbook's default font with the style's changes. */
  private font(style: CellStyle): string {
    const parts = new Map(this.baseFont);
    if (style.bold !== undefined) {
      if (style.bold) parts.set("b", "<b/>");
      else parts.delete("b");
    }
    if (style.italic !== undefined) {
      if (style.italic) parts.set("i", "<i/>");
      else parts.delete("i");
    }
    if (style.fontSize !== undefined) parts.set("sz", `<sz val="${style.fontSize}"/>`);
    if (style.fontColor !== undefined)
      parts.set("color", `<color rgb="${argb(style.fontColor)}"/>`);
    const ordered = FONT_ORDER.filter((name) => parts.has(name)).map((name) => parts.get(name));
    const others = [...parts].filter(([name]) => !FONT_ORDER.includes(name)).map(([, xml]) => xml);
    return `<font>${[...ordered, ...others].join("")}</font>`;
  }

  private index(): void {
    const xml = this.xml;
    const starts: number[] = [];
    let section = "";
    let children: string[] = [];
    const scanner = new XmlScanner({
      open: (name, attributes) => {
        const level = scanner.level;
        starts[level] = scanner.tokenOffset;
        if (level === 2) {
          section = name;
          children = [];
        } else if (level === 3 && section === "numFmts" && attributes.numFmtId !== undefined) {
          const id = parseInt(attributes.numFmtId, 10);
          const code = attributes.formatCode;
          if (code !== undefined && !this.formatIds.has(code)) this.formatIds.set(code, id);
          this.nextFormatId = Math.max(this.nextFormatId, id + 1);
        }
      },
      close: (name) => {
        const level = scanner.level;
        const start = starts[level];
        const end = scanner.tokenEndOffset;
        if (level === 2) {
          const closingTag = xml.startsWith("</", scanner.tokenOffset);
          this.sections.set(name, {
            start,
            end,
            insertAt: closingTag ? scanner.tokenOffset : -1,
            children,
          });
          if ((GROWING as readonly string[]).includes(name))
            children.forEach((child, index) => {
              const known = this.indexes[name as Growing];
              if (!known.has(child)) known.set(child, index);
            });
        } else if (level === 3) {
          children.push(xml.slice(start, end));
        } else if (level === 4 && section === "fonts" && children.length === 0) {
          this.baseFont.set(name, xml.slice(start, end));
        }
      },
    });
    scanner.write(xml);
    scanner.end();
  }
}
