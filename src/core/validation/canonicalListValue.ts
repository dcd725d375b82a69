/** The list value a cell means (exactly, or written with other case, accents or spacing), or null. */
import { Cell } from "../workbook/CellValue";
import { matchListValue } from "./matchListValue";

export function canonicalListValue(cell: Cell, values: readonly string[]): string | null {
  if (cell.kind !== "text") return null;
  if (values.includes(cell.value)) return cell.value;
  const match = matchListValue(cell.value, values);
  return match.kind === "none" ? null : match.value;
}
