/**
 * What every reader of a package needs first: the workbook part (tabs, names, date system), its worksheets' parts
 * in tab order, and the context cells are decoded in (shared strings, date styles). Chart sheets and tabs whose part
 * is missing are left out.
 */
import { CellContext } from "./cellFromXml";
import { readDateStyles } from "./readDateStyles";
import { readRelationships } from "./readRelationships";
import { readSharedStrings, SharedString } from "./readSharedStrings";
import { readWorkbookPartSync, WorkbookPart, WorkbookSheetEntry } from "./readWorkbookPart";
import { isRelationshipType } from "./Relationship";
import { ZipReader } from "./ZipReader";

export type WorkbookPackage = {
  workbookPart: string;
  workbook: WorkbookPart;
  worksheets: { sheet: WorkbookSheetEntry; part: string }[];
  context: CellContext;
};

export async function openWorkbookPackage(zip: ZipReader): Promise<WorkbookPackage> {
  const root = await readRelationships(zip, "");
  const workbookPart =
    root.find((relationship) => isRelationshipType(relationship, "officeDocument"))?.part ??
    "xl/workbook.xml";
  const workbook = readWorkbookPartSync(zip.readTextSync(workbookPart));
  const relationships = await readRelationships(zip, workbookPart);
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
  const partOf = (kind: string): string | undefined =>
    relationships.find((relationship) => isRelationshipType(relationship, kind))?.part ?? undefined;
  const stylesPart = partOf("styles");
  const sharedStringsPart = partOf("sharedStrings");
  const context: CellContext = {
    dateStyles:
      stylesPart && zip.entry(stylesPart) ? await readDateStyles(zip.readTextSync(stylesPart)) : [],
    sharedStrings:
      sharedStringsPart && zip.entry(sharedStringsPart)
        ? await readSharedStrings(zip.textChunks(sharedStringsPart))
        : ([] as SharedString[]),
    date1904: workbook.date1904,
    interned: new Map(),
  };
  const worksheets = workbook.sheets.flatMap((sheet) => {
    const relationship = byId.get(sheet.relationshipId);
    return relationship?.part &&
      isRelationshipType(relationship, "worksheet") &&
      zip.entry(relationship.part)
      ? [{ sheet, part: relationship.part }]
      : [];
  });
  return { workbookPart, workbook, worksheets, context };
}
