/**
 * A row's list column (e.g. its `Unidad de medida`), found once per area: `listColumn`; then each row's canonical
 * value, or null when blank, absent or off-list: `rowListValue`.
 */
import { Cell, EMPTY } from "../workbook/CellValue";
import { AreaContext } from "./AreaContext";
import { canonicalListValue } from "./canonicalListValue";
import { columnOf } from "./columnOf";

export type ListColumn = { index: number; values: readonly string[] };

export function listColumn(area: AreaContext, header: string, listKey: string): ListColumn | null {
  const column = columnOf(area, header);
  return column ? { index: column.index, values: area.template.lists[listKey] ?? [] } : null;
}

export function rowListValue(row: readonly Cell[], column: ListColumn | null): string | null {
  return column ? canonicalListValue(row[column.index] ?? EMPTY, column.values) : null;
}
