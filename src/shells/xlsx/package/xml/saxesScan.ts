/**
 * saxes set up as every part of a package is read: element names lose the root element's namespace prefix
 * (`x:c` → `c` when the root is `x:worksheet`), as `XmlScanner` does; attribute values and text come decoded; a
 * document type with an internal subset (entity definitions) and any well-formedness error are refused.
 */
import { SaxesParser } from "saxes";
import { PackageError } from "../PackageError";
import { XmlAttributes, XmlHandler } from "./XmlScanner";

/** What a handler may ask of the scan while it runs. */
export type XmlScan = { readonly level: number };

export type SaxesScan = {
  readonly parser: SaxesParser;
  readonly scan: { level: number };
  /** While set, the parser's events reach no handler (text written only to put the parser in a state). */
  muted: boolean;
};

export function saxesScan(handler: XmlHandler | ((scan: XmlScan) => XmlHandler)): SaxesScan {
  const scan = { level: 0 };
  const events = typeof handler === "function" ? handler(scan) : handler;
  const parser = new SaxesParser({ xmlns: false, position: false });
  const state: SaxesScan = { parser, scan, muted: false };
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
    if (state.muted) return;
    scan.level++;
    events.open?.(localName(tag.name), tag.attributes as XmlAttributes, tag.isSelfClosing);
  });
  parser.on("closetag", (tag) => {
    if (state.muted) return;
    events.close?.(localName(tag.name));
    scan.level--;
  });
  if (events.text) {
    const text = events.text.bind(events);
    const unlessMuted = (data: string): void => {
      if (!state.muted) text(data);
    };
    parser.on("text", unlessMuted);
    parser.on("cdata", unlessMuted);
  }
  parser.on("error", (error) => {
    throw error instanceof PackageError ? error : new PackageError("package.badXml");
  });
  return state;
}
