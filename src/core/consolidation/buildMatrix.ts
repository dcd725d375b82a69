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
import { cellAddress } from "../workbook/address";
import { Cell } from "../workbook/CellValue";
import { fitCellText } from "../workbook/fitCellText";
import { isOverlongText, OverlongText } from "../workbook/overlongTexts";
import { BAND_LABEL } from "../workbook/rowFormulas";
import { RowsByIndex } from "../workbook/TableRows";
import { CellInput } from "../workbook/WorkbookPatch";
import { AreaSource } from "./AreaSource";
import { cellToInput } from "./cellToInput";
import { MATRIX } from "./matrixLayout";
import { PlanningNotes, PreviousMatrix, RetiredNote } from "./PreviousMatrix";
import { rowKeyMaker } from "./rowKeys";

export type Matrix = {
  headers: string[];
  /**
   * One row of values per matrix row, made when read (`RowsByIndex`): from the area tabs' cells, their semáforo and
   * the carried planning notes, which the matrix holds instead of the rows' values.
   */
  rows: RowsByIndex;
  /** Planning notes of rows that are no longer in any area, kept (older ones too) until their row returns. */
  retired: RetiredNote[];
  vanishedKeys: string[];
  restoredKeys: string[];
  /** Area cells whose text is longer than an Excel cell holds: the matrix holds it cut, with `MATRIX.textCut`. */
  cutTexts: (OverlongText & { column: string })[];
};

/** One area's rows in the matrix: where each sits in its tab, its semáforo, and the notes carried to it. */
type AreaRows = {
  sheet: AreaSheet;
  area: string;
  macroprocess: string | null;
  /** The matrix row of this area's first row. */
  first: number;
  /** Per matrix row of the area, its row in the tab's table (0-based). */
  tableRows: number[];
  results: (RowSemaphore | undefined)[];
  /** By matrix row, the planning notes carried over (most rows have none). */
  notes: Map<number, PlanningNotes>;
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
  // One pass over the area rows, nothing per row kept but where it is (at 340,000 rows, the lists of rows, IDs and
  // result keys a pass per step built were ≈ 60 MB, all garbage once the matrix stood).
  const results = new Map<string, Map<number, RowSemaphore>>();
  for (const result of semaphoreRows) {
    const byRow = results.get(result.area) ?? new Map<number, RowSemaphore>();
    results.set(result.area, byRow.set(result.row, result));
  }
  const keyOf = rowKeyMaker();
  const retiredByKey = new Map(previous.retired.map((note) => [note.key, note]));
  const restoredKeys: string[] = [];
  const previousKeysPresent = new Set<string>();
  const areas: AreaRows[] = [];
  const cutTexts: Matrix["cutTexts"] = [];
  let count = 0;
  for (const { sheet, code } of sources) {
    // Prepared once per area tab, not once per row.
    const isBlank = blankRowTest(sheet);
    const copied = columns.flatMap((column) => {
      const at = sheet.columns.get(column.header);
      return column.type === "computed" || at === undefined ? [] : [{ header: column.header, at }];
    });
    const byRow = results.get(sheet.code);
    const area = sheet.area?.name ?? code;
    const rows: AreaRows = {
      sheet,
      area,
      macroprocess: sheet.macroprocess?.name ?? null,
      first: count,
      tableRows: [],
      results: [],
      notes: new Map(),
    };
    sheet.table.rows.forEach((cells, index) => {
      if (isBlank(cells)) return;
      const key = keyOf(idText(cellAt(sheet, index, HEADERS.id)), area);
      let notes = previous.notes.get(key);
      if (previous.notes.has(key)) previousKeysPresent.add(key);
      const retired = retiredByKey.get(key);
      if (!hasNotes(notes) && retired) {
        notes = retired;
        restoredKeys.push(key);
      }
      retiredByKey.delete(key);
      if (notes) rows.notes.set(count, notes);
      rows.tableRows.push(index);
      rows.results.push(byRow?.get(excelRow(sheet, index)));
      for (const { header, at } of copied) {
        const cell = cells[at];
        if (isOverlongText(cell))
          cutTexts.push({
            sheet: sheet.table.sheet,
            cell: cellAddress(excelRow(sheet, index), sheet.table.firstColumn + at),
            column: header,
            length: cell.value.length,
          });
      }
      count++;
    });
    areas.push(rows);
  }
  const fitted = (value: CellInput): CellInput =>
    typeof value === "string" ? fitCellText(value, MATRIX.textCut) : value;
  const valuesOf = (area: AreaRows, at: number): CellInput[] => {
    const { sheet } = area;
    const index = area.tableRows[at - area.first];
    const result = area.results[at - area.first];
    const notes = area.notes.get(at);
    return [
      area.macroprocess,
      area.area,
      ...columns.map((column) =>
        column.type === "computed"
          ? computedValue(column, result)
          : fitted(cellToInput(cellAt(sheet, index, column.header), column.type === "date"))
      ),
      notes?.notes ?? null,
      notes?.verified ?? null,
    ];
  };
  // The area of the row asked last, checked first: the writer asks for the rows in order.
  let last = 0;
  const rows = new RowsByIndex(count, (at) => {
    if (at < areas[last].first || at >= areas[last].first + areas[last].tableRows.length)
      last = areas.findIndex((area) => at >= area.first && at < area.first + area.tableRows.length);
    return valuesOf(areas[last], at);
  });

  const vanishedKeys = [...previous.notes.keys()].filter((key) => !previousKeysPresent.has(key));
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
    cutTexts,
  };
}
