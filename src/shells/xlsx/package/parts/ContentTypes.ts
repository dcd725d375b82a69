/**
 * `[Content_Types].xml`: the package's defaults by extension and overrides by part, edited as a namespace-aware
 * document and written back (what the patch does not change stays as the producer wrote it).
 */
import { Document, Element } from "@xmldom/xmldom";
import { childElements, createChild, parseXml, rootOf, serializeXml } from "../xml/xmlDocument";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

const partKey = (part: string): string => part.replace(/^\//, "").toLowerCase();

export class ContentTypes {
  /** Whether an override was added, changed or removed since parsing (if not, the part is copied as it was). */
  changed = false;

  private constructor(
    private readonly document: Document,
    private readonly root: Element
  ) {}

  static async parse(xml: string): Promise<ContentTypes> {
    const document = parseXml(xml, "[Content_Types].xml");
    return new ContentTypes(document, rootOf(document, "[Content_Types].xml"));
  }

  private override(part: string): Element | undefined {
    return childElements(this.root, "Override").find(
      (element) => partKey(element.getAttribute("PartName") ?? "") === partKey(part)
    );
  }

  /** The content type of a part (no leading slash). */
  typeOf(part: string): string | undefined {
    const override = this.override(part);
    if (override) return override.getAttribute("ContentType") ?? undefined;
    const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    return (
      childElements(this.root, "Default")
        .find((element) => (element.getAttribute("Extension") ?? "").toLowerCase() === extension)
        ?.getAttribute("ContentType") ?? undefined
    );
  }

  set(part: string, type: string): void {
    const existing = this.override(part);
    if (existing?.getAttribute("ContentType") === type) return;
    if (existing) existing.setAttribute("ContentType", type);
    else {
      const element = createChild(this.root, "Override");
      element.setAttribute("PartName", `/${part}`);
      element.setAttribute("ContentType", type);
      this.root.appendChild(element);
    }
    this.changed = true;
  }

  /** Removes the Default of an extension declared with this content type (the VBA project's `bin`). */
  removeDefault(contentType: string): void {
    for (const element of childElements(this.root, "Default"))
      if (element.getAttribute("ContentType") === contentType) {
        this.root.removeChild(element);
        this.changed = true;
      }
  }

  remove(part: string): void {
    const existing = this.override(part);
    if (!existing) return;
    this.root.removeChild(existing);
    this.changed = true;
  }

  toXml(): string {
    return serializeXml(this.document);
  }
}
