/** The canonical list value of a row's list column (e.g. its `Unidad de medida`), or null when blank, absent or off-list. */
import { AreaContext } from "./AreaContext";
import { canonicalListValue } from "./canonicalListValue";
import { columnOf } from "./columnOf";
import { rowCell } from "./rowCell";

export function rowListValue(
  area: AreaContext,
  rowIndex: number,
  header: string,
  listKey: string
): string | null {
  const column = columnOf(area, header);
  return column
    ? canonicalListValue(rowCell(area, rowIndex, column.index), area.template.lists[listKey] ?? [])
    : null;
}
