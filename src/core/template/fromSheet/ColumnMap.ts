import { SheetField } from "./SheetField";

/** A column mapping chosen by the user, by header (compared as `normalizeHeader` does); null leaves the column out. */
export type ColumnMapEntry = { header: string; field: SheetField | null };
