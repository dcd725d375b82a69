/** `xl/workbook.xml` as the readers need it: tabs in order, defined names as written, the date system. */
import { SheetVisibility } from "../../../../core/workbook/WorkbookSnapshot";
import { RELATIONSHIP_NAMESPACES } from "../xml/namespaces";
import { attributeNS, childElements, firstChild, parseXml, rootOf } from "../xml/xmlDocument";

export type WorkbookSheetEntry = {
  name: string;
  sheetId: number;
  state: SheetVisibility;
  relationshipId: string;
};

export type WorkbookNameEntry = {
  name: string;
  /** 0-based position of the sheet the name is local to, when it is. */
  localSheetId?: number;
  /** The formula text, e.g. `'Configuración'!$B$6`. */
  text: string;
};

export type WorkbookPart = {
  sheets: WorkbookSheetEntry[];
  names: WorkbookNameEntry[];
  date1904: boolean;
};

const STATES: Record<string, SheetVisibility> = {
  visible: "visible",
  hidden: "hidden",
  veryHidden: "veryHidden",
};

export function readWorkbookPartSync(xml: string): WorkbookPart {
  const root = rootOf(parseXml(xml, "xl/workbook.xml"), "xl/workbook.xml");
  const sheetsElement = firstChild(root, "sheets");
  const sheets = (sheetsElement ? childElements(sheetsElement, "sheet") : []).map((sheet) => ({
    name: sheet.getAttribute("name") ?? "",
    sheetId: Number(sheet.getAttribute("sheetId")),
    state: STATES[sheet.getAttribute("state") ?? "visible"] ?? "visible",
    relationshipId: attributeNS(sheet, RELATIONSHIP_NAMESPACES, "id") ?? "",
  }));
  const namesElement = firstChild(root, "definedNames");
  const names = (namesElement ? childElements(namesElement, "definedName") : []).map(
    (element): WorkbookNameEntry => {
      const local = element.getAttribute("localSheetId");
      return {
        name: element.getAttribute("name") ?? "",
        text: element.textContent ?? "",
        ...(local !== null && local !== "" ? { localSheetId: parseInt(local, 10) } : {}),
      };
    }
  );
  const date1904 = firstChild(root, "workbookPr")?.getAttribute("date1904");
  return { sheets, names, date1904: date1904 === "1" || date1904 === "true" };
}

export async function readWorkbookPart(xml: string): Promise<WorkbookPart> {
  return readWorkbookPartSync(xml);
}
