/**
 * A shared formula as seen from another cell: relative references move by the offset between the two cells,
 * absolute ones stay. The same rule as ExcelJS's `slideFormula`, so both readers give a shared formula's cells
 * the same text.
 */
import { columnIndex, columnLetter } from "../../../../core/workbook/address";
import { LAST_COLUMN } from "../../../../core/workbook/sheetLimits";

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

export type CellPosition = { row: number; column: number };

export function slideFormula(formula: string, from: CellPosition, to: CellPosition): string {
  return formula.replace(
    CANDIDATE,
    (match, sheet: string | undefined, _sheetName, address: string, paren: string | undefined) => {
      if (paren) return match;
      const cell = CELL.exec(address);
      if (!cell) return match;
      const [, columnDollar = "", letters, rowDollar = "", digits] = cell;
      const upper = letters.toUpperCase();
      if (upper.length > 3 || (upper.length === 3 && upper > "XFD")) return match;
      const column = columnIndex(upper) + (columnDollar ? 0 : to.column - from.column);
      const row = parseInt(digits, 10) + (rowDollar ? 0 : to.row - from.row);
      if (column < 1 || column > LAST_COLUMN) return match;
      return `${sheet ?? ""}${columnDollar}${columnLetter(column)}${rowDollar}${row}`;
    }
  );
}
