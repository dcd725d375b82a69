/**
 * A text an Excel cell can hold (`MAX_CELL_TEXT`): one longer is cut and ends with `cut`, a visible mark saying so —
 * Excel refuses to open a file holding a longer cell (it repairs it), LibreOffice cuts it without a word. The tool's
 * own outputs (`Informe`, `Matriz`) pass their texts through here; a text within the limit is returned as it is.
 */
import { MAX_CELL_TEXT } from "./sheetLimits";

export function fitCellText(value: string, cut: string): string {
  if (value.length <= MAX_CELL_TEXT) return value;
  let end = MAX_CELL_TEXT - cut.length;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // never half of a surrogate pair
  return value.slice(0, end) + cut;
}
