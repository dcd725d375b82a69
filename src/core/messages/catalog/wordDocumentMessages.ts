import { defineCatalog } from "../defineCatalog";

/**
 * Texts the Word rendering of the informe adds around the document's own words. `{page}` and `{total}` become
 * Word's PAGE and NUMPAGES fields, so the numbers are Word's own on every page, whatever the order a language puts
 * them in.
 */
export type WordDocumentMessageCode = "word.pageOf";

export const wordDocumentMessages = defineCatalog<WordDocumentMessageCode>(
  { "word.pageOf": "Página {page} de {total}" },
  { "word.pageOf": "Page {page} of {total}" }
);
