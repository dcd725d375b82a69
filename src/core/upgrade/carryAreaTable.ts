/**
 * One old area table → the input cells of its rebuilt table (SPEC §2 "Template evolution"): every old row in its
 * order with every typed cell by header, then the new template's objectives the table does not have yet, as
 * pre-filled rows with fresh IDs (into trailing empty rows first). Computed columns are left to the layout.
 */
import { collapseWhitespace } from "../text/collapseWhitespace";
import { Area } from "../template/Template";
import { cellAddress } from "../workbook/address";
import { AreaColumn, HEADERS } from "../workbook/areaColumns";
import { Cell, EMPTY, isBlank } from "../workbook/CellValue";
import { rowFormulaColumns, rowFormulas } from "../workbook/rowFormulas";
import { CellInput } from "../workbook/WorkbookPatch";
import { TableSnapshot } from "../workbook/WorkbookSnapshot";
import { normaliseFormula } from "../validation/normaliseFormula";
import { carriedCellInput } from "../workbook/carriedCellInput";
import { FreshAreaIds } from "./FreshAreaIds";
import { newObjectiveRow } from "./newObjectiveRow";

export type CarriedTable = {
  /** Input cells by header, one map per row of the rebuilt table; a missing header is an empty cell. */
  rows: Map<string, CellInput>[];
  /** Headers of the old table that the new template does not define, in the old table's order. */
  carriedHeaders: string[];
  addedObjectives: { id: string; objective: string }[];
  /** Old rows that held something. */
  keptRows: number;
  /** Addresses of computed cells that held a typed value or another formula; the rebuilt cell has the formula. */
  computedReplaced: string[];
  /** The old table's columns whose cells go to the rebuilt table: 0-based index → header. */
  carriedColumns: Map<number, string>;
};

type ComputedKey = "programmedToDate" | "executedToDate" | "compliance" | "semaphore";

const hasFormula = (cell: Cell): boolean =>
  cell.formula !== undefined && cell.formula.trim() !== "";
const holdsSomething = (cell: Cell): boolean => hasFormula(cell) || !isBlank(cell);

/** Whether an old table's cell is carried into the rebuilt one (in a carried column): it holds a value or a formula. */
export const carriesCell = (cell: Cell): boolean => hasFormula(cell) || cell.kind !== "empty";

function objectiveKey(cell: Cell | undefined): string | null {
  return cell?.kind === "text" ? collapseWhitespace(cell.value) : null;
}

function replacedComputedCells(
  table: TableSnapshot,
  computed: AreaColumn[],
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
      const replaced = hasFormula(cell)
        ? formula !== undefined &&
          normaliseFormula(cell.formula as string) !== normaliseFormula(formula)
        : !isBlank(cell);
      return replaced ? [cellAddress(row, table.firstColumn + index)] : [];
    });
  });
}

export function carryAreaTable(
  table: TableSnapshot,
  area: Area,
  /** The new template's area columns. */
  columns: AreaColumn[],
  /** Period labels of the template that made the old table (to recognise its formulas). */
  oldPeriodLabels: string[],
  /** The workbook's IDs, which give new rows theirs. */
  freshIds: FreshAreaIds
): CarriedTable {
  const known = new Set(columns.map((column) => column.header));
  const computed = columns.filter((column) => column.type === "computed");
  const computedHeaders = new Set(computed.map((column) => column.header));
  const firstIndex = new Map<string, number>();
  table.headers.forEach((header, index) => {
    if (header !== "" && !firstIndex.has(header)) firstIndex.set(header, index);
  });
  const inputs = [...firstIndex].filter(([header]) => !computedHeaders.has(header));
  const carriedHeaders = inputs.map(([header]) => header).filter((header) => !known.has(header));

  const filled = table.rows.map((cells) =>
    inputs.some(([, index]) => holdsSomething(cells[index] ?? EMPTY))
  );
  const rows = table.rows.map((cells) => {
    const row = new Map<string, CellInput>();
    for (const [header, index] of inputs) {
      const cell = cells[index] ?? EMPTY;
      if (carriesCell(cell)) row.set(header, carriedCellInput(cell));
    }
    return row;
  });

  const present = new Map<string, number>();
  const objectiveIndex = firstIndex.get(HEADERS.objective);
  table.rows.forEach((cells) => {
    const key = objectiveIndex === undefined ? null : objectiveKey(cells[objectiveIndex]);
    if (key !== null) present.set(key, (present.get(key) ?? 0) + 1);
  });
  const missing = area.objectives.filter((objective) => {
    const key = collapseWhitespace(objective);
    const count = present.get(key) ?? 0;
    if (count > 0) present.set(key, count - 1);
    return count === 0;
  });

  const firstFree = filled.lastIndexOf(true) + 1;
  const addedObjectives = missing.map((objective, offset) => {
    const id = freshIds.take(area.code);
    const at = firstFree + offset;
    rows[at] = new Map([
      ...(rows[at] ?? new Map<string, CellInput>()),
      ...newObjectiveRow(id, objective),
    ]);
    return { id, objective };
  });

  return {
    rows,
    carriedHeaders,
    addedObjectives,
    keptRows: filled.filter(Boolean).length,
    computedReplaced: replacedComputedCells(table, computed, oldPeriodLabels),
    carriedColumns: new Map(inputs.map(([header, index]) => [index, header])),
  };
}
