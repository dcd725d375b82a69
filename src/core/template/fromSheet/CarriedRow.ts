import { CellInput } from "../../workbook/WorkbookPatch";

/** A row of last year's matrix carried into the new plan's area table: its objective and values by column header. */
export type CarriedRow = { objective: string; values: Record<string, CellInput> };
