/**
 * The small parts of a package (workbook, relationships, content types, styles, tables) as namespace-aware DOM
 * documents (@xmldom/xmldom): parsed whole, edited as elements, serialised back. A prefix is never assumed: elements
 * are found by namespace and local name, and new ones take the namespace of the element they join.
 */
import { DOMParser, Document, Element, XMLSerializer } from "@xmldom/xmldom";
import { PackageError } from "../PackageError";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function parseXml(xml: string, part = ""): Document {
  const parser = new DOMParser({
    onError(level) {
      // Warnings (e.g. an unusual but harmless construct) do not stop a read; errors do.
      if (level !== "warning") throw new PackageError("package.badXml", part);
    },
  });
  return parser.parseFromString(xml, "text/xml");
}

export function serializeXml(document: Document): string {
  let text = new XMLSerializer().serializeToString(document);
  if (text.startsWith("<?xml")) text = text.slice(text.indexOf("?>") + 2).replace(/^\s+/, "");
  return DECLARATION + text;
}

export function rootOf(document: Document, part = ""): Element {
  const root = document.documentElement;
  if (!root) throw new PackageError("package.badXml", part);
  return root;
}

/** Child elements of `parent` with this local name in the parent's namespace (all children when no name). */
export function childElements(parent: Element, localName?: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (localName === undefined) found.push(element);
    else if (element.localName === localName && element.namespaceURI === parent.namespaceURI)
      found.push(element);
  }
  return found;
}

export function firstChild(parent: Element, localName: string): Element | undefined {
  return childElements(parent, localName)[0];
}

/** Every descendant element with this local name in `root`'s namespace. */
export function descendants(root: Element, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(root.namespaceURI ?? "", localName));
}

/** A new element in the namespace of `parent`, with the prefix `parent` uses. */
export function createChild(parent: Element, localName: string): Element {
  const document = parent.ownerDocument as Document;
  const prefix = parent.prefix;
  return document.createElementNS(
    parent.namespaceURI,
    prefix ? `${prefix}:${localName}` : localName
  );
}

/** Inserts `child` before the first existing child named in `later` (or appends). */
export function insertBefore(parent: Element, child: Element, later: string[]): void {
  const next = childElements(parent).find(
    (element) =>
      element.namespaceURI === parent.namespaceURI && later.includes(element.localName ?? "")
  );
  parent.insertBefore(child, next ?? null);
}

/**
 * Elements written as markup in the default namespace (`<font><b/></font>`), moved into `parent`'s namespace and
 * prefix, so they join a document whatever prefix it uses.
 */
export function elementsFromMarkup(parent: Element, markup: string): Element[] {
  const namespace = parent.namespaceURI ?? "";
  const wrapper = parseXml(`<w xmlns="${namespace}">${markup}</w>`).documentElement as Element;
  const document = parent.ownerDocument as Document;
  const adopt = (source: Element): Element => {
    const element = createChild(parent, source.localName ?? source.nodeName);
    for (let i = 0; i < source.attributes.length; i++) {
      const attribute = source.attributes[i];
      if (attribute.name === "xmlns" || attribute.name.startsWith("xmlns:")) continue;
      element.setAttribute(attribute.name, attribute.value);
    }
    for (let node = source.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 1) element.appendChild(adopt(node as Element));
      else if (node.nodeType === 3)
        element.appendChild(document.createTextNode(node.nodeValue ?? ""));
    }
    return element;
  };
  return childElements(wrapper).map(adopt);
}

/** An attribute in a namespace, found by local name whatever its prefix. */
export function attributeNS(
  element: Element,
  namespaces: string[],
  localName: string
): string | null {
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes[i];
    if (attribute.localName === localName && namespaces.includes(attribute.namespaceURI ?? ""))
      return attribute.value;
  }
  return null;
}
