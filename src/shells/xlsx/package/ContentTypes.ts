/** `[Content_Types].xml`: the package's defaults by extension and overrides by part, edited and written back. */
import { escapeXmlAttribute } from "./escapeXml";
import { scanXml } from "./scanXml";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

export class ContentTypes {
  /** Whether an override was added, changed or removed since parsing (if not, the part is copied as it was). */
  changed = false;

  private constructor(
    private readonly defaults: Map<string, string>,
    private readonly overrides: Map<string, string>
  ) {}

  static async parse(xml: string): Promise<ContentTypes> {
    const defaults = new Map<string, string>();
    const overrides = new Map<string, string>();
    await scanXml(xml, {
      open(name, attributes) {
        if (name === "Default" && attributes.Extension)
          defaults.set(attributes.Extension, attributes.ContentType ?? "");
        else if (name === "Override" && attributes.PartName)
          overrides.set(attributes.PartName.replace(/^\//, ""), attributes.ContentType ?? "");
      },
    });
    return new ContentTypes(defaults, overrides);
  }

  /** The content type of a part (no leading slash). */
  typeOf(part: string): string | undefined {
    const override = [...this.overrides].find(
      ([name]) => name.toLowerCase() === part.toLowerCase()
    );
    if (override) return override[1];
    const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    return [...this.defaults].find(([name]) => name.toLowerCase() === extension)?.[1];
  }

  set(part: string, type: string): void {
    if (this.overrides.get(part) === type) return;
    this.overrides.set(part, type);
    this.changed = true;
  }

  remove(part: string): void {
    if (this.overrides.delete(part)) this.changed = true;
  }

  toXml(): string {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      [...this.defaults]
        .map(
          ([extension, type]) =>
            `<Default Extension="${escapeXmlAttribute(extension)}" ContentType="${escapeXmlAttribute(type)}"/>`
        )
        .join("") +
      [...this.overrides]
        .map(
          ([part, type]) =>
            `<Override PartName="/${escapeXmlAttribute(part)}" ContentType="${escapeXmlAttribute(type)}"/>`
        )
        .join("") +
      "</Types>"
    );
  }
}
