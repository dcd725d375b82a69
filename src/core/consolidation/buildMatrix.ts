/**
 * The consolidated planning matrix (SPEC §6): one row per filled or pre-filled area row, areas in template order,
 * every area column as a value (computed ones at the cut-off, from the core), then the planning office's own
 * columns, carried over from the previous matrix by row key (the `ID`). Same inputs, same matrix.
 */
import { AreaSheet, cellAt, excelRow } from "../plan/AreaSheet";
import { blankRowTest } from "../plan/isRowBlank";
import { RowSemaphore } from "../semaphore/computeSemaphore";
import { Template } from "../template/Template";
import { AreaColumn, areaColumns, HEADERS } from "../workbook/areaColumns";
import { Cell } from "../workbook/CellValue";
import { BAND_LABEL } from "../workbook/rowFormulas";
import { CellInput } from "../workbook/WorkbookPatch";
import { AreaSource } from "./AreaSource";
import { cellToInput } from "./cellToInput";
import { MATRIX } from "./matrixLayout";
import { PlanningNotes, PreviousMatrix, RetiredNote } from "./PreviousMatrix";
import { rowKeys } from "./rowKeys";

export type MatrixRow = { key: string; area: string; values: CellInput[] };

export type Matrix = {
  headers: string[];
  rows: MatrixRow[];
  /** Planning notes of rows that are no longer in any area, kept (older ones too) until their row returns. */
  retired: RetiredNote[];
  vanishedKeys: string[];
  restoredKeys: string[];
};

export const idText = (cell: Cell): string =>
  cell.kind === "text" ? cell.value.trim() : cell.kind === "number" ? String(cell.value) : "";

const hasNotes = (notes: PlanningNotes | undefined): notes is PlanningNotes =>
  notes !== undefined &&
  [notes.notes, notes.verified].some((value) => value !== null && value !== "");

function computedValue(column: AreaColumn, result: RowSemaphore | undefined): CellInput {
  if (!result) return null;
  switch (column.key) {
    case "programmedToDate":
      return result.programmed;
    case "executedToDate":
      return result.executed;
    case "compliance":
      // As the area's own cell shows it: a row resting on an error says so instead of a blank (SPEC §5.1).
      return result.compliance === null && result.band === "con-errores"
        ? BAND_LABEL["con-errores"]
        : result.compliance;
    default:
      return BAND_LABEL[result.band];
  }
}

type SourceRow = {
  sheet: AreaSheet;
  code: string;
  index: number;
  result: RowSemaphore | undefined;
};

/**
 * `semaphoreRows` are the rows of `computeSemaphore` over the consolidated plan at the cut-off (the caller has them
 * already; computing them again would double the work on large plans).
 */
export function buildMatrix(
  template: Template,
  sources: AreaSource[],
  semaphoreRows: RowSemaphore[],
  previous: PreviousMatrix,
  today: string
): Matrix {
  const columns = areaColumns(template);
  const headers = [
    MATRIX.macroprocess,
    MATRIX.area,
    ...columns.map((column) => column.header),
    MATRIX.notes,
    MATRIX.verified,
  ];
  const resultKey = (area: string, row: number): string => `${area}\u0000${row}`;
  const results = new Map(
    semaphoreRows.map((result) => [resultKey(result.area, result.row), result])
  );
  const sourceRows: SourceRow[] = sources.flatMap(({ sheet, code }) => {
    // Prepared once per area tab, not once per row.
    const isBlank = blankRowTest(sheet);
    return sheet.table.rows.flatMap((cells, index) =>
      isBlank(cells)
        ? []
        : [
            {
              sheet,
              code,
              index,
              result: results.get(resultKey(sheet.code, excelRow(sheet, index))),
            },
          ]
    );
  });
  const areaName = (row: SourceRow): string => row.sheet.area?.name ?? row.code;
  const keys = rowKeys(
    sourceRows.map((row) => ({
      id: idText(cellAt(row.sheet, row.index, HEADERS.id)),
      area: areaName(row),
    }))
  );

  const retiredByKey = new Map(previous.retired.map((note) => [note.key, note]));
  const restoredKeys: string[] = [];
  const rows: MatrixRow[] = sourceRows.map((row, position) => {
    const key = keys[position];
    let notes = previous.notes.get(key);
    const retired = retiredByKey.get(key);
    if (!hasNotes(notes) && retired) {
      notes = retired;
      restoredKeys.push(key);
    }
    retiredByKey.delete(key);
    const values: CellInput[] = [
      row.sheet.macroprocess?.name ?? null,
      areaName(row),
      ...columns.map((column) =>
        column.type === "computed"
          ? computedValue(column, row.result)
          : cellToInput(cellAt(row.sheet, row.index, column.header), column.type === "date")
      ),
      notes?.notes ?? null,
      notes?.verified ?? null,
    ];
    return { key, area: row.code, values };
  });

  const present = new Set(keys);
  const vanishedKeys = [...previous.notes.keys()].filter((key) => !present.has(key));
  const newlyRetired = vanishedKeys.flatMap((key): RetiredNote[] => {
    const notes = previous.notes.get(key);
    return hasNotes(notes) ? [{ ...notes, key, retiredOn: today }] : [];
  });
  return {
    headers,
    rows,
    retired: [...retiredByKey.values(), ...newlyRetired],
    vanishedKeys,
    restoredKeys,
  };
}
