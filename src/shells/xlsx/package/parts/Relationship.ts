/** One relationship of an OPC package part (`_rels/*.rels`), its target resolved to a part name. */
export type Relationship = {
  id: string;
  /** The relationship type URI; compare with `isRelationshipType`. */
  type: string;
  /** The target as written. */
  target: string;
  /** The target part's name (no leading slash), or null for an external target. */
  part: string | null;
};

/** Transitional and strict OOXML spell type URIs differently; both end in `/<kind>`. */
export function isRelationshipType(relationship: Relationship, kind: string): boolean {
  return relationship.type.endsWith(`/${kind}`);
}
