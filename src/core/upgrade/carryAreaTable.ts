/**
 * One old area table → the input cells of its rebuilt table (SPEC §2 "Template evolution"): every old row in its
 * order with every typed cell by header, then the objectives new in this version of the template, as pre-filled rows
 * with fresh IDs (into trailing empty rows first). Computed columns are left to the layout.
 *
 * An objective is new when the new template lists it (by text, spacing aside) more times than the workbook's stored
 * template did: an objective of the old version that the area reworded or cleared is the area's business, never
 * added again; nor is a new one the table already has (an area that typed it ahead of the template).
 */
import { collapseWhitespace } from "../text/collapseWhitespace";
import { Area, Template, areasInOrder } from "../template/Template";
import { AreaColumn, HEADERS } from "../workbook/areaColumns";
import { Cell, EMPTY, isBlank } from "../workbook/CellValue";
import { replacedComputedCells } from "../workbook/replacedComputedCells";
import { CellInput } from "../workbook/WorkbookPatch";
import { TableSnapshot } from "../workbook/WorkbookSnapshot";
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

const hasFormula = (cell: Cell): boolean =>
  cell.formula !== undefined && cell.formula.trim() !== "";
const holdsSomething = (cell: Cell): boolean => hasFormula(cell) || !isBlank(cell);

/** Whether an old table's cell is carried into the rebuilt one (in a carried column): it holds a value or a formula. */
export const carriesCell = (cell: Cell): boolean => hasFormula(cell) || cell.kind !== "empty";

function objectiveKey(cell: Cell | undefined): string | null {
  return cell?.kind === "text" ? collapseWhitespace(cell.value) : null;
}

/** How many times each objective text (spacing aside) occurs. */
function countObjectives(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return counts;
}

/**
 * The objectives of `area` to add: those the new template lists more times than both the stored template and the
 * table (`inTable`: the table's objective texts) do, in the template's order.
 */
function newObjectives(area: Area, stored: Template, inTable: string[]): string[] {
  const storedArea = areasInOrder(stored).find(
    (entry) => entry.area.code.toUpperCase() === area.code.toUpperCase()
  )?.area;
  const before = countObjectives((storedArea?.objectives ?? []).map(collapseWhitespace));
  const typed = countObjectives(inTable);
  const seen = new Map<string, number>();
  return area.objectives.filter((objective) => {
    const key = collapseWhitespace(objective);
    const nth = (seen.get(key) ?? 0) + 1;
    seen.set(key, nth);
    return nth > Math.max(before.get(key) ?? 0, typed.get(key) ?? 0);
  });
}

export function carryAreaTable(
  table: TableSnapshot,
  area: Area,
  /** The new template's area columns. */
  columns: AreaColumn[],
  /** The template that made the old table (the workbook's stored one): its objectives and its formulas. */
  stored: Template,
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

  const objectiveIndex = firstIndex.get(HEADERS.objective);
  const inTable = table.rows.flatMap((cells) => {
    const key = objectiveIndex === undefined ? null : objectiveKey(cells[objectiveIndex]);
    return key === null ? [] : [key];
  });
  const missing = newObjectives(area, stored, inTable);

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
    computedReplaced: replacedComputedCells(table, computed, stored.periods.labels),
    carriedColumns: new Map(inputs.map(([header, index]) => [index, header])),
  };
}
