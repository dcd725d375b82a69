/**
 * The workbook names that stand for exactly one cell (`Corte` → `'Configuración'!$B$6`), as the tests' ExcelJS
 * reader (in test/support) reads them: print areas and titles left out, absolute references only, every definition of a name counted
 * (a name defined in two scopes on two cells is not a single cell).
 */
import { columnIndex } from "../../../../core/workbook/address";
import { WorkbookNameEntry } from "./readWorkbookPart";

export type NamedCell = { sheet: string; row: number; column: number };

const PRINT_NAMES = new Set(["_xlnm.Print_Area", "_xlnm.Print_Titles"]);
const REFERENCE =
  /^(?:'((?:[^']|'')*)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;
const ABSOLUTE_CELL = /[$](\w+)[$](\d+)/;

/** Splits a name's formula at the commas that separate areas (not those inside quoted sheet names). */
function areasOf(text: string): string[] {
  const areas: string[] = [];
  let current = "";
  let quoted = false;
  for (const character of text) {
    if (character === "'") quoted = !quoted;
    if (character === "," && !quoted) {
      areas.push(current);
      current = "";
    } else current += character;
  }
  areas.push(current);
  return areas.map((area) => area.trim()).filter((area) => area !== "");
}

export function singleCellNames(names: WorkbookNameEntry[]): Map<string, NamedCell> {
  const cells = new Map<string, Map<string, NamedCell>>();
  for (const { name, text } of names) {
    if (PRINT_NAMES.has(name)) continue;
    for (const area of areasOf(text.replace(/^=/, ""))) {
      const match = REFERENCE.exec(area);
      if (!match || !ABSOLUTE_CELL.test(area.slice(area.lastIndexOf("!") + 1))) continue;
      const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
      const [top, bottom] = [Number(match[4]), Number(match[6] ?? match[4])].sort((a, b) => a - b);
      const [left, right] = [columnIndex(match[3]), columnIndex(match[5] ?? match[3])].sort(
        (a, b) => a - b
      );
      const named = cells.get(name) ?? new Map<string, NamedCell>();
      cells.set(name, named);
      for (let row = top; row <= bottom && named.size < 2; row++)
        for (let column = left; column <= right && named.size < 2; column++)
          named.set(`${sheet}!${row}:${column}`, { sheet, row, column });
    }
  }
  const single = new Map<string, NamedCell>();
  for (const [name, named] of cells) if (named.size === 1) single.set(name, [...named.values()][0]);
  return single;
}
