/** A relationships part (`*.rels`) from its relationships, built as a document and serialised. */
import { DOMImplementation } from "@xmldom/xmldom";
import { NS } from "../xml/namespaces";
import { Relationship } from "./Relationship";
import { serializeXml } from "../xml/xmlDocument";

export function renderRelationships(relationships: Relationship[]): string {
  const document = new DOMImplementation().createDocument(
    NS.packageRelationships,
    "Relationships",
    null
  );
  const root = document.documentElement;
  if (!root) throw new Error("Could not create a relationships part");
  for (const relationship of relationships) {
    const element = document.createElementNS(NS.packageRelationships, "Relationship");
    element.setAttribute("Id", relationship.id);
    element.setAttribute("Type", relationship.type);
    element.setAttribute("Target", relationship.target);
    if (relationship.part === null) element.setAttribute("TargetMode", "External");
    root.appendChild(element);
  }
  return serializeXml(document);
}
