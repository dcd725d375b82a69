import { AreaSheet } from "../plan/AreaSheet";

/**
 * An area as consolidation reads it: its tab in this workbook, the area's one source (SPEC §6). Area workbooks
 * returned by email are imported into their tabs first (`planAreaImport`); consolidation never reads them.
 */
export type AreaSource = { code: string; sheet: AreaSheet };
