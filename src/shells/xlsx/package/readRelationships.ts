/** The relationships of a part (none when its `.rels` part is absent). */
import { Relationship } from "./Relationship";
import { relationshipsPartOf } from "./relationshipsPartOf";
import { resolvePartName } from "./resolvePartName";
import { scanXml } from "./scanXml";
import { ZipReader } from "./ZipReader";

export function parseRelationships(sourcePart: string, xml: string): Promise<Relationship[]> {
  const relationships: Relationship[] = [];
  return scanXml(xml, {
    open(name, attributes) {
      if (name !== "Relationship" || !attributes.Id || !attributes.Target) return;
      const external = attributes.TargetMode === "External";
      relationships.push({
        id: attributes.Id,
        type: attributes.Type ?? "",
        target: attributes.Target,
        part: external ? null : resolvePartName(sourcePart, attributes.Target),
      });
    },
  }).then(() => relationships);
}

export async function readRelationships(
  zip: ZipReader,
  sourcePart: string
): Promise<Relationship[]> {
  const part = relationshipsPartOf(sourcePart);
  if (!zip.entry(part)) return [];
  return parseRelationships(sourcePart, await zip.readText(part));
}
