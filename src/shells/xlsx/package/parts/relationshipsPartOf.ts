/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package → `_rels/.rels`. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
