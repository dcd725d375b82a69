/**
 * What every reader of a package needs first: the workbook part (tabs, names, date system), its worksheets' parts
 * in tab order, and the context cells are decoded in (shared strings, date styles). Chart sheets are left out. Every
 * part the workbook names must be there: a tab without its part, or a styles or shared-strings part named but
 * missing, is damage (`PackageError`), never a tab or a text quietly dropped; so are two tabs whose names differ only
 * by case (`refuseSheetNameClash`).
 */
import { CellCache } from "./CellCache";
import { CellContext } from "./cellFromXml";
import { RowFormulaTexts } from "./RowFormulaTexts";
import { inPart, PackageError } from "../PackageError";
import { readDateStyles } from "./readDateStyles";
import { readRelationships } from "../parts/readRelationships";
import { readSharedStrings, SharedString } from "./readSharedStrings";
import { refuseSheetNameClash } from "./refuseSheetNameClash";
import { readWorkbookPartSync, WorkbookPart, WorkbookSheetEntry } from "./readWorkbookPart";
import { isRelationshipType, Relationship } from "../parts/Relationship";
import { relationshipsPartOf } from "../parts/relationshipsPartOf";
import { ZipReader } from "../zip/ZipReader";

export type WorkbookPackage = {
  workbookPart: string;
  workbook: WorkbookPart;
  worksheets: { sheet: WorkbookSheetEntry; part: string }[];
  context: CellContext;
};

/** The part a relationship names, which must exist (an external target for a package part is damage too). */
function requiredPart(zip: ZipReader, relationship: Relationship, source: string): string {
  if (relationship.part === null)
    throw new PackageError("package.linkOutside", relationshipsPartOf(source), {
      target: relationship.target,
    });
  if (!zip.entry(relationship.part))
    throw new PackageError("package.missingPart", relationship.part);
  return relationship.part;
}

export async function openWorkbookPackage(zip: ZipReader): Promise<WorkbookPackage> {
  const root = await readRelationships(zip, "");
  const office = root.find((relationship) => isRelationshipType(relationship, "officeDocument"));
  const workbookPart = office ? requiredPart(zip, office, "") : "xl/workbook.xml";
  const workbook = readWorkbookPartSync(zip.readTextSync(workbookPart));
  refuseSheetNameClash(workbook.sheets, workbookPart);
  const relationships = await readRelationships(zip, workbookPart);
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
  const partOf = (kind: string): string | undefined => {
    const relationship = relationships.find((candidate) => isRelationshipType(candidate, kind));
    return relationship ? requiredPart(zip, relationship, workbookPart) : undefined;
  };
  const stylesPart = partOf("styles");
  const sharedStringsPart = partOf("sharedStrings");
  const context: CellContext = {
    dateStyles: stylesPart ? await readDateStyles(zip.readTextSync(stylesPart)) : [],
    sharedStrings: sharedStringsPart
      ? await inPart(sharedStringsPart, () => readSharedStrings(zip.textChunks(sharedStringsPart)))
      : ([] as SharedString[]),
    date1904: workbook.date1904,
    cells: new CellCache(),
    formulas: new RowFormulaTexts(),
  };
  const worksheets = workbook.sheets.flatMap((sheet) => {
    const relationship = byId.get(sheet.relationshipId);
    if (!relationship)
      throw new PackageError("package.danglingSheet", workbookPart, { sheet: sheet.name });
    const part = requiredPart(zip, relationship, workbookPart);
    return isRelationshipType(relationship, "worksheet") ? [{ sheet, part }] : [];
  });
  return { workbookPart, workbook, worksheets, context };
}
