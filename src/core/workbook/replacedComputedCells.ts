/**
 * The computed cells of an area table that a rebuild of the table restores (SPEC §2 upgrade, §6 import): those that
 * hold a typed value, or a formula other than the row's own, where the rebuilt table writes the formula again. One
 * definition, for the upgrade and the import to name the same cells the same way.
 */
import { normaliseFormula } from "../validation/normaliseFormula";
import { cellAddress } from "./address";
import { AreaColumn } from "./areaColumns";
import { EMPTY, isBlank } from "./CellValue";
import { rowFormulaColumns, rowFormulas } from "./rowFormulas";
import { TableSnapshot } from "./WorkbookSnapshot";

type ComputedKey = "programmedToDate" | "executedToDate" | "compliance" | "semaphore";

/** Addresses of those cells in reading order (row by row, computed columns in their template order). */
export function replacedComputedCells(
  table: TableSnapshot,
  /** The computed columns of the template the table is rebuilt with. */
  computed: AreaColumn[],
  /** Period labels of the template that made the table (to recognise its formulas). */
  periodLabels: string[]
): string[] {
  const formulaColumns = rowFormulaColumns(table.headers, periodLabels, table.firstColumn);
  return table.rows.flatMap((cells, rowIndex) => {
    const row = table.headerRow + 1 + rowIndex;
    const expected = formulaColumns ? rowFormulas(formulaColumns, row) : null;
    return computed.flatMap((column) => {
      const index = table.headers.indexOf(column.header);
      if (index < 0) return [];
      const cell = cells[index] ?? EMPTY;
      const formula = expected?.[column.key as ComputedKey];
      const replaced =
        cell.formula !== undefined && cell.formula.trim() !== ""
          ? formula !== undefined && normaliseFormula(cell.formula) !== normaliseFormula(formula)
          : !isBlank(cell);
      return replaced ? [cellAddress(row, table.firstColumn + index)] : [];
    });
  });
}
