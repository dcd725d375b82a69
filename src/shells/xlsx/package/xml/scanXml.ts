/**
 * Runs an XML handler over a whole document, given as one string or as streamed chunks, with saxes (the worksheet
 * and shared-string streams). Element names lose the root element's namespace prefix (`x:c` → `c` when the root
 * is `x:worksheet`), as `XmlScanner` does; attribute values and text come decoded.
 *
 * Measured: `npx tsx bench/xmlParsers.ts` (the bench plan's biggest sheet, 10.2 M characters) saxes 0.85 s, the own
 * `XmlScanner` 1.07 s; the whole reader (`readSnapshotFromFile` on bench-output/plan-17x5000.xlsx, back to back on
 * this shared machine) saxes 17.0 s / 545 MB RSS, `XmlScanner` 19.0 s / 495 MB. saxes is not slower, so it streams the
 * sheets read; `XmlScanner` stays only under `applyCellEdits`, which copies every token it does not change as its
 * source text (saxes gives no token source).
 */
import { SaxesParser } from "saxes";
import { PackageError } from "../PackageError";
import { XmlAttributes, XmlHandler } from "./XmlScanner";

/** What a handler may ask of the scan while it runs. */
export type XmlScan = { readonly level: number };

export async function scanXml(
  source: string | AsyncIterable<string>,
  handler: XmlHandler | ((scan: XmlScan) => XmlHandler)
): Promise<void> {
  const scan = { level: 0 };
  const events = typeof handler === "function" ? handler(scan) : handler;
  const parser = new SaxesParser({ xmlns: false, position: false });
  let rootPrefix: string | null = null;
  const localName = (name: string): string => {
    if (rootPrefix === null) {
      const colon = name.indexOf(":");
      rootPrefix = colon >= 0 ? name.slice(0, colon + 1) : "";
    }
    return rootPrefix !== "" && name.startsWith(rootPrefix) ? name.slice(rootPrefix.length) : name;
  };
  parser.on("doctype", (doctype) => {
    if (doctype.includes("[")) throw new PackageError("package.badXml");
  });
  parser.on("opentag", (tag) => {
    scan.level++;
    events.open?.(localName(tag.name), tag.attributes as XmlAttributes, tag.isSelfClosing);
  });
  parser.on("closetag", (tag) => {
    events.close?.(localName(tag.name));
    scan.level--;
  });
  if (events.text) {
    const text = events.text.bind(events);
    parser.on("text", text);
    parser.on("cdata", text);
  }
  parser.on("error", (error) => {
    throw error instanceof PackageError ? error : new PackageError("package.badXml");
  });
  if (typeof source === "string") parser.write(source);
  else for await (const chunk of source) parser.write(chunk);
  parser.close();
}
