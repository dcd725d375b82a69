/**
 * The package of a brand-new workbook before any sheet is added: content types, the root and workbook
 * relationships, a workbook with no tabs yet, a default style sheet and the document properties. `patchPackage`
 * then adds the patch's sheets to it, so a generated workbook and a patched one come from the same writer.
 */
import { DEFAULT_STYLE_SHEET } from "./defaultStyleSheet";
import { NS } from "../xml/namespaces";
import { ZipWriter } from "../zip/ZipWriter";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

const PARTS: [string, string][] = [
  [
    "[Content_Types].xml",
    `${DECLARATION}<Types xmlns="${NS.contentTypes}">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
      "</Types>",
  ],
  [
    "_rels/.rels",
    `${DECLARATION}<Relationships xmlns="${NS.packageRelationships}">` +
      `<Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      `<Relationship Id="rId3" Type="${OFFICE}/extended-properties" Target="docProps/app.xml"/>` +
      "</Relationships>",
  ],
  [
    "docProps/app.xml",
    `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
      "<Application>plan-matrix</Application></Properties>",
  ],
  [
    "docProps/core.xml",
    `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>plan-matrix</dc:creator></cp:coreProperties>',
  ],
  [
    "xl/workbook.xml",
    `${DECLARATION}<workbook xmlns="${NS.main}" xmlns:r="${NS.relationships}">` +
      '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets/><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>',
  ],
  [
    "xl/_rels/workbook.xml.rels",
    `${DECLARATION}<Relationships xmlns="${NS.packageRelationships}">` +
      `<Relationship Id="rId1" Type="${OFFICE}/styles" Target="styles.xml"/>` +
      "</Relationships>",
  ],
  ["xl/styles.xml", DEFAULT_STYLE_SHEET],
];

export async function emptyPackage(): Promise<Uint8Array> {
  const writer = new ZipWriter();
  for (const [name, xml] of PARTS) await writer.add(name, xml);
  return writer.finish();
}
