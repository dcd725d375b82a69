/** A relationships part (`*.rels`) from its relationships. */
import { escapeXmlAttribute } from "./escapeXml";
import { Relationship } from "./Relationship";

export function renderRelationships(relationships: Relationship[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    relationships
      .map(
        (relationship) =>
          `<Relationship Id="${escapeXmlAttribute(relationship.id)}" Type="${escapeXmlAttribute(relationship.type)}"` +
          ` Target="${escapeXmlAttribute(relationship.target)}"${relationship.part === null ? ' TargetMode="External"' : ""}/>`
      )
      .join("") +
    "</Relationships>"
  );
}
