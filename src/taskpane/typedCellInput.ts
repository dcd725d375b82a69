/**
 * What a user typed into the pane's grid → the value Excel would store for the same keystrokes in a workbook set
 * to a point-decimal locale: a leading apostrophe keeps the rest as text; a plain number ("3", "-2.5") is a number;
 * an ISO date (2021-01-15) is a date; anything else — "0,8", "80%", "15/03/2021", "=SUM(A1)" — stays text, so
 * validation finds a number typed as text, and nothing typed here ever becomes a formula.
 */
import { dateSerial } from "../core/workbook/dateSerial";
import { CellInput } from "../core/workbook/WorkbookPatch";

export function typedCellInput(typed: string): CellInput {
  if (typed.startsWith("'")) return typed.slice(1);
  const trimmed = typed.trim();
  if (trimmed === "") return null;
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day)
      return { date: dateSerial(year, month, day) };
  }
  return typed;
}
