/**
 * `xl/styles.xml`, extended in place: the cell formats a patch needs (number formats, fonts, fills, alignment,
 * protection) and the differential formats of its conditional formats are appended — or found, when an identical
 * one is already there — and everything else stays as the file had it. The part is a namespace-aware document:
 * new entries are written as markup in the main namespace, then joined to the document in its own prefix.
 */
import { CellStyle } from "../../../../core/workbook/WorkbookPatch";
import { BUILTIN_NUMBER_FORMATS } from "../read/builtinNumberFormats";
import { Document, Element } from "@xmldom/xmldom";
import { escapeXmlAttribute, escapeXmlText } from "../xml/escapeXml";
import {
  childElements,
  createChild,
  elementsFromMarkup,
  insertBefore,
  parseXml,
  rootOf,
  serializeXml,
} from "../xml/xmlDocument";

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
  element: Element;
  /** Each existing child as canonical markup (`canonicalMarkup`), to find an identical entry. */
  children: string[];
};

/** An element as markup without prefixes or namespace declarations, attributes in document order. */
function canonicalMarkup(element: Element): string {
  let attributes = "";
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes[i];
    if (attribute.name === "xmlns" || attribute.name.startsWith("xmlns:")) continue;
    attributes += ` ${attribute.localName ?? attribute.name}="${escapeXmlAttribute(attribute.value)}"`;
  }
  let inner = "";
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) inner += canonicalMarkup(node as Element);
    else if (node.nodeType === 3 && (node.nodeValue ?? "").trim() !== "")
      inner += escapeXmlText(node.nodeValue ?? "");
  }
  const name = element.localName ?? element.nodeName;
  return inner ? `<${name}${attributes}>${inner}</${name}>` : `<${name}${attributes}/>`;
}

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

  private readonly root: Element;
  private changed = false;

  private constructor(
    private readonly document: Document,
    private readonly source: string
  ) {
    this.root = rootOf(document, "xl/styles.xml");
  }

  static parse(xml: string): StyleSheet {
    const sheet = new StyleSheet(parseXml(xml, "xl/styles.xml"), xml);
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

  /** The differential format index (`dxfId`) of a conditional format's style (font, number format, fill). */
  differentialFormat(
    style: Pick<CellStyle, "fill" | "fontColor" | "bold" | "numberFormat">
  ): number {
    const font =
      style.bold || style.fontColor
        ? `<font>${style.bold ? "<b/>" : ""}${style.fontColor ? `<color rgb="${argb(style.fontColor)}"/>` : ""}</font>`
        : "";
    // A dxf's numFmt names its code as well as its id; the id is the workbook's for that code.
    const numberFormat =
      style.numberFormat !== undefined
        ? `<numFmt numFmtId="${this.numberFormatId(style.numberFormat)}" formatCode="${escapeXmlAttribute(style.numberFormat)}"/>`
        : "";
    const fill = style.fill
      ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(style.fill)}"/></patternFill></fill>`
      : "";
    return this.child("dxfs", `<dxf>${font}${numberFormat}${fill}</dxf>`);
  }

  /** Whether anything was added since parsing (if not, the part can be copied as it was). */
  get modified(): boolean {
    return this.changed || GROWING.some((name) => this.added[name].length > 0);
  }

  /** The style sheet with every addition (its text as parsed when nothing was added). */
  toXml(): string {
    if (!this.modified) return this.source;
    this.changed = true;
    for (const name of GROWING) {
      const added = this.added[name];
      if (added.length === 0) continue;
      let element = this.sections.get(name)?.element;
      if (!element) {
        element = createChild(this.root, name);
        insertBefore(this.root, element, SECTION_ORDER.slice(SECTION_ORDER.indexOf(name) + 1));
        this.sections.set(name, { element, children: [] });
      }
      for (const child of elementsFromMarkup(element, added.join(""))) element.appendChild(child);
      element.setAttribute("count", String(childElements(element).length));
      this.sections.set(name, {
        element,
        children: childElements(element).map(canonicalMarkup),
      });
      this.added[name] = [];
    }
    return serializeXml(this.document);
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
    for (const element of childElements(this.root)) {
      if (element.namespaceURI !== this.root.namespaceURI) continue;
      const name = element.localName ?? "";
      const children = childElements(element);
      const markup = children.map(canonicalMarkup);
      this.sections.set(name, { element, children: markup });
      if ((GROWING as readonly string[]).includes(name))
        markup.forEach((child, index) => {
          const known = this.indexes[name as Growing];
          if (!known.has(child)) known.set(child, index);
        });
      if (name === "numFmts")
        for (const format of children) {
          const id = parseInt(format.getAttribute("numFmtId") ?? "", 10);
          if (Number.isNaN(id)) continue;
          const code = format.getAttribute("formatCode");
          if (code !== null && !this.formatIds.has(code)) this.formatIds.set(code, id);
          this.nextFormatId = Math.max(this.nextFormatId, id + 1);
        }
      if (name === "fonts" && children[0])
        for (const part of childElements(children[0]))
          this.baseFont.set(part.localName ?? "", canonicalMarkup(part));
    }
  }
}
