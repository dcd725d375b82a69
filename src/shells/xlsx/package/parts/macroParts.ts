/**
 * What only macros need in a macro-enabled package (.xlsm, .xltm): the VBA project (`xl/vbaProject.bin`, reached
 * from the workbook, and the signatures reached from it) and a ribbon customisation (`customUI/customUI.xml`,
 * reached from the package) whose controls call procedures. Every output is an .xlsx, which Excel refuses to open
 * when its main part is macro-enabled: the writer leaves these parts out and gives the workbook the plain
 * workbook content type (a template's, .xltx or .xltm, too).
 */
import { isRelationshipType, Relationship } from "./Relationship";

/** The main part's content type of an .xlsx workbook. */
export const WORKBOOK_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

/** The content type of the VBA project (Excel declares it as the Default of the `bin` extension). */
export const VBA_PROJECT_CONTENT_TYPE = "application/vnd.ms-office.vbaProject";

/** Whether a main part's content type is a macro-enabled workbook or template. */
export const isMacroEnabledType = (contentType: string | undefined): boolean =>
  contentType !== undefined && /\.macroEnabled\.main\+xml$/i.test(contentType);

/** The workbook's relationship to its VBA project. */
export const isVbaProject = (relationship: Relationship): boolean =>
  isRelationshipType(relationship, "vbaProject");

/** The package's relationship to a ribbon customisation (Office 2007's and 2010's types). */
export const isCustomUi = (relationship: Relationship): boolean =>
  isRelationshipType(relationship, "ui/extensibility");

/** Ribbon XML whose controls call procedures (`onAction="Macro1"`, `getLabel`, `onLoad`, `loadImage`): macros. */
export const callsMacros = (customUiXml: string): boolean =>
  /\s(?:on[A-Z]\w*|get[A-Z]\w*|loadImage)\s*=/.test(customUiXml);
