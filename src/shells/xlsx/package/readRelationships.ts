/** The relationships of a part (none when its `.rels` part is absent), read as a namespace-aware document. */
import { Relationship } from "./Relationship";
import { relationshipsPartOf } from "./relationshipsPartOf";
import { resolvePartName } from "./resolvePartName";
import { childElements, parseXml, rootOf } from "./xmlDocument";
import { ZipReader } from "./ZipReader";

export function parseRelationshipsSync(sourcePart: string, xml: string): Relationship[] {
  const part = relationshipsPartOf(sourcePart);
  const root = rootOf(parseXml(xml, part), part);
  return childElements(root, "Relationship").flatMap((element) => {
    const id = element.getAttribute("Id");
    const target = element.getAttribute("Target");
    if (!id || !target) return [];
    const external = element.getAttribute("TargetMode") === "External";
    return [
      {
        id,
        type: element.getAttribute("Type") ?? "",
        target,
        part: external ? null : resolvePartName(sourcePart, target),
      },
    ];
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
