/**
 * The package with every internal relationship target written relative to its source part, for ExcelJS's reader:
 * it fails ("Cannot read properties of undefined (reading 'name')") on the absolute targets openpyxl writes
 * (`Target="/xl/worksheets/sheet1.xml"`), which the OPC spec allows. Relationship parts are edited as documents;
 * every other entry is copied byte for byte. Returns the input itself when no target is absolute.
 */
import { childElements, parseXml, rootOf, serializeXml } from "./xmlDocument";
import { relativeTarget } from "./relativeTarget";
import { resolvePartName } from "./resolvePartName";
import { sourcePartOf } from "./sourcePartOf";
import { ZipReader } from "./ZipReader";
import { ZipWriter } from "./ZipWriter";

export async function relativeRelationshipTargets(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = ZipReader.fromBytes(bytes);
  const rewritten = new Map<string, string>();
  for (const entry of zip.entries) {
    const source = sourcePartOf(entry.name);
    // The package's own relationships (`_rels/.rels`) are relative to the root: absolute and relative agree.
    if (source === null || source === "") continue;
    const document = parseXml(zip.readTextSync(entry.name), entry.name);
    let changed = false;
    for (const relationship of childElements(rootOf(document, entry.name), "Relationship")) {
      const target = relationship.getAttribute("Target") ?? "";
      if (!target.startsWith("/") || relationship.getAttribute("TargetMode") === "External")
        continue;
      relationship.setAttribute("Target", relativeTarget(source, resolvePartName(source, target)));
      changed = true;
    }
    if (changed) rewritten.set(entry.name, serializeXml(document));
  }
  if (rewritten.size === 0) return bytes;
  const writer = new ZipWriter();
  for (const entry of zip.entries) {
    const xml = rewritten.get(entry.name);
    if (xml === undefined) await writer.copy(zip, entry);
    else await writer.add(entry.name, xml);
  }
  return writer.finish();
}
