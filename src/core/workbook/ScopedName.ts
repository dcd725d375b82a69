/**
 * A name scoped to one sheet (`'Mi hoja'!MiFila` in Excel's Name Manager): read by the hosts that read them
 * (`WorkbookSnapshot.scopedNames`) and written back by an upgrade (`WorkbookPatch.scopedNames`). `refersTo` as a
 * workbook name's, without "=".
 */
export type ScopedName = { sheet: string; name: string; refersTo: string };
