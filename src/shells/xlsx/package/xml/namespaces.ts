/** The namespaces of an .xlsx package, in their transitional and strict (ISO 29500 strict) spellings. */
export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  mainStrict: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  relationshipsStrict: "http://purl.oclc.org/ooxml/officeDocument/relationships",
  packageRelationships: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  xmlns: "http://www.w3.org/2000/xmlns/",
} as const;

/** Both spellings of the relationships namespace a `r:id` attribute may use. */
export const RELATIONSHIP_NAMESPACES: string[] = [NS.relationships, NS.relationshipsStrict];
