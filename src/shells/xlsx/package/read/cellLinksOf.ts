/**
 * A sheet's `<hyperlink>` elements → the core's `CellLink`s. A link to an address outside the workbook names a
 * relationship of the sheet (`TargetMode="External"`) that holds the address; a link whose relationship is missing,
 * or points into the package, keeps no address (and goes nowhere unless it has a `location`).
 */
import { CellLink } from "../../../../core/workbook/CellLink";
import { isRelationshipType, Relationship } from "../parts/Relationship";
import { SheetHyperlink } from "./readSheetCells";

export function cellLinksOf(
  hyperlinks: SheetHyperlink[],
  relationships: Relationship[]
): CellLink[] {
  const targets = new Map(
    relationships
      .filter(
        (relationship) =>
          isRelationshipType(relationship, "hyperlink") && relationship.part === null
      )
      .map((relationship) => [relationship.id, relationship.target])
  );
  return hyperlinks.map(({ relationshipId, ...link }) => {
    const target = relationshipId === undefined ? undefined : targets.get(relationshipId);
    return target === undefined ? link : { ...link, target };
  });
}
