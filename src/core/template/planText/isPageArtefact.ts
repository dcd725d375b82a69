/**
 * Lines that a PDF or Word copy leaves at a page break and that carry no plan content: page numbers
 * ("16", "Página 3 de 20", "Pág. 4", "- 3 -", "3 / 20"), a running footer glued to its page number
 * ("Asocapitales16", "Alcaldía7") and table-of-contents entries ("3.1 Dirección Jurídica ..... 12").
 */
const PAGE_ARTEFACTS: readonly RegExp[] = [
  /^\d{1,3}$/,
  /^(?:p[áa]g(?:ina)?\.?|page|p\.)\s*\d{1,4}(?:\s*(?:de|of|\/)\s*\d{1,4})?$/iu,
  /^[-–—]\s*\d{1,3}\s*[-–—]$/u,
  /^\d{1,3}\s*(?:\/|de|of)\s*\d{1,3}$/iu,
  /^\p{L}{3,}\d{1,3}$/u,
];
/** The leader of a table-of-contents entry, checked on the text before its page number. */
const TOC_LEADER = /(?:\.{4}|…{2}|(?:\.\s){4}|_{4})$/u;

function isTableOfContentsEntry(text: string): boolean {
  const pageNumber = /\d{1,4}$/.exec(text);
  if (pageNumber === null) return false;
  return TOC_LEADER.test(text.slice(0, pageNumber.index).trimEnd());
}

export function isPageArtefact(text: string): boolean {
  return PAGE_ARTEFACTS.some((pattern) => pattern.test(text)) || isTableOfContentsEntry(text);
}
