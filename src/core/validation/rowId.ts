/** The `ID` of data row `rowIndex` as people write it (trimmed; a number as its digits); undefined when blank or absent. */
import { AreaContext } from "./AreaContext";

export function rowId(area: AreaContext, rowIndex: number): string | undefined {
  if (area.idColumn < 0) return undefined;
  const cell = area.sheet.table.rows[rowIndex]?.[area.idColumn];
  if (cell === undefined) return undefined;
  if (cell.kind === "number") return String(cell.value);
  if (cell.kind !== "text") return undefined;
  const id = cell.value.trim();
  return id === "" ? undefined : id;
}
