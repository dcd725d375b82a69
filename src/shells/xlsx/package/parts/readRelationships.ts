/** The relationships of a part (none when its `.rels` part is absent), read as a namespace-aware document. */
import { PackageError } from "../PackageError";
import { Relationship } from "./Relationship";
import { relationshipsPartOf } from "./relationshipsPartOf";
import { resolvePartName } from "./resolvePartName";
import { childElements, parseXml, rootOf } from "../xml/xmlDocument";
import { ZipReader } from "../zip/ZipReader";

export function parseRelationshipsSync(sourcePart: string, xml: string): Relationship[] {
  const part = relationshipsPartOf(sourcePart);
  const root = rootOf(parseXml(xml, part), part);
  return childElements(root, "Relationship").flatMap((element) => {
    const id = element.getAttribute("Id");
    const target = element.getAttribute("Target");
    if (!id || !target) return [];
    const external = element.getAttribute("TargetMode") === "External";
    const resolved = external ? null : resolvePartName(sourcePart, target);
    // An internal target outside the package is never followed: the package is refused, nothing read from there.
    if (!external && resolved === null)
      throw new PackageError("package.linkOutside", part, { target });
    return [{ id, type: element.getAttribute("Type") ?? "", target, part: resolved }];
  });
}

export async function parseRelationships(sourcePart: string, xml: string): Promise<Relationship[]> {
  return parseRelationshipsSync(sourcePart, xml);
}

export async function readRelationships(
  zip: ZipReader,
  sourcePart: string
): Promise<Relationship[]> {
  const part = relationshipsPartOf(sourcePart);
  if (!zip.entry(part)) return [];
  return parseRelationshipsSync(sourcePart, zip.readTextSync(part));
}
