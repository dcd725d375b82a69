/** The part a relationships part belongs to: `xl/_rels/workbook.xml.rels` → `xl/workbook.xml`; `_rels/.rels` → "". */
export function sourcePartOf(relationshipsPart: string): string | null {
  const match = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relationshipsPart);
  return match ? `${match[1]}${match[2]}` : null;
}
