/** `xl/workbook.xml` as the readers need it: tabs in order, defined names as written, the date system. */
import { SheetVisibility } from "../../../core/workbook/WorkbookSnapshot";
import { scanXml } from "./scanXml";

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

export async function readWorkbookPart(xml: string): Promise<WorkbookPart> {
  const part: WorkbookPart = { sheets: [], names: [], date1904: false };
  let name: WorkbookNameEntry | null = null;
  await scanXml(xml, {
    open(element, attributes) {
      if (element === "sheet") {
        const relationshipId = Object.entries(attributes).find(
          ([key]) => key === "r:id" || key.endsWith(":id")
        )?.[1];
        part.sheets.push({
          name: attributes.name ?? "",
          sheetId: Number(attributes.sheetId),
          state: STATES[attributes.state ?? "visible"] ?? "visible",
          relationshipId: relationshipId ?? "",
        });
      } else if (element === "definedName") {
        name = {
          name: attributes.name ?? "",
          text: "",
          ...(attributes.localSheetId !== undefined
            ? { localSheetId: parseInt(attributes.localSheetId, 10) }
            : {}),
        };
      } else if (element === "workbookPr") {
        part.date1904 = attributes.date1904 === "1" || attributes.date1904 === "true";
      }
    },
    text(text) {
      if (name) name.text += text;
    },
    close(element) {
      if (element === "definedName" && name) {
        part.names.push(name);
        name = null;
      }
    },
  });
  return part;
}
