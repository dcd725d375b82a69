/**
 * The table of a sheet about to be written, as the core will read it back: so that the steps after an import
 * (consolidation, in the same write) read the tab the import leaves, not the one it replaces.
 */
import { parseCellAddress } from "../workbook/address";
import { Cell, EMPTY } from "../workbook/CellValue";
import { CellInput, SheetPatch } from "../workbook/WorkbookPatch";
import { TableSnapshot } from "../workbook/WorkbookSnapshot";

function cellOf(input: CellInput): Cell {
  if (input === null) return EMPTY;
  if (typeof input === "string") return { kind: "text", value: input };
  if (typeof input === "number") return { kind: "number", value: input };
  if (typeof input === "boolean") return { kind: "boolean", value: input };
  if ("date" in input) return { kind: "date", serial: input.date };
  if ("error" in input) return { kind: "error", code: input.error };
  // A formula carried with its last result reads back as that result; a carried error value is written as the
  // constant formula `#REF!`: read back, it is that error.
  const { formula, result } = input;
  if (typeof result === "number") return { kind: "number", value: result, formula };
  if (typeof result === "string") return { kind: "text", value: result, formula };
  if (typeof result === "boolean") return { kind: "boolean", value: result, formula };
  return /^#[A-Z0-9/!?]+$/.test(input.formula)
    ? { kind: "error", code: input.formula, formula: input.formula }
    : { kind: "empty", formula: input.formula };
}

export function tableOfSheet(sheet: SheetPatch, tableIndex = 0): TableSnapshot {
  const table = sheet.tables[tableIndex];
  const topLeft = parseCellAddress(table.topLeft);
  return {
    name: table.name,
    sheet: sheet.name,
    headerRow: topLeft.row,
    firstColumn: topLeft.column,
    headers: [...table.headers],
    rows: [...table.rows].map((cells) => cells.map(cellOf)),
  };
}
