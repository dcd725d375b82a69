/**
 * Puts charts over one sheet of an existing .xlsx with `chartParts` (fflate for the zip): what a package writer
 * does in one call, for tests while the writer does not yet write `SheetPatch.charts`.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { ChartPatch } from "../../src/core/workbook/WorkbookPatch";
import { chartParts, insertDrawingElement } from "../../src/shells/xlsx/package/chart/chartParts";

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

const decode = (text: string): string =>
  text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The part name of the sheet called `sheetName` (e.g. "xl/worksheets/sheet23.xml"). */
export function sheetPartOf(entries: Record<string, Uint8Array>, sheetName: string): string {
  const workbook = strFromU8(entries["xl/workbook.xml"]);
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map(([match]) => match)
    .find((match) => decode(attribute(match, "name") ?? "") === sheetName);
  if (!tag) throw new Error(`No sheet ${sheetName}`);
  const id = attribute(tag, "r:id");
  const rels = strFromU8(entries["xl/_rels/workbook.xml.rels"]);
  const relationship = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map(([match]) => match)
    .find((match) => attribute(match, "Id") === id);
  const target = relationship && attribute(relationship, "Target");
  if (!target) throw new Error(`No part for sheet ${sheetName}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

export function injectCharts(
  xlsx: Uint8Array,
  sheetName: string,
  charts: ChartPatch[]
): Uint8Array {
  const entries = unzipSync(xlsx);
  const sheetPart = sheetPartOf(entries, sheetName);
  const relsName = sheetPart.replace(/([^/]+)$/, "_rels/$1.rels");
  const rels = entries[relsName]
    ? strFromU8(entries[relsName])
    : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  let id = "rIdDrawing1";
  for (let n = 2; rels.includes(`Id="${id}"`); n++) id = `rIdDrawing${n}`;
  const added = chartParts(sheetPart, charts, Object.keys(entries), id);
  for (const part of added.parts) entries[part.name] = strToU8(part.content);
  const { type, target } = added.sheetRelationship;
  entries[relsName] = strToU8(
    rels.replace(
      "</Relationships>",
      `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`
    )
  );
  entries[sheetPart] = strToU8(
    insertDrawingElement(strFromU8(entries[sheetPart]), added.sheetElement)
  );
  const types = strFromU8(entries["[Content_Types].xml"]);
  entries["[Content_Types].xml"] = strToU8(
    types.replace(
      "</Types>",
      added.contentTypes
        .map(
          ({ partName, contentType }) =>
            `<Override PartName="${partName}" ContentType="${contentType}"/>`
        )
        .join("") + "</Types>"
    )
  );
  return zipSync(entries);
}
