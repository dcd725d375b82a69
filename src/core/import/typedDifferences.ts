/**
 * What importing `file`'s rows over `tab`'s would change among the values typed in the tab (SPEC §6): every input
 * cell that holds something in a row somebody filled (not the generated defaults of an unfilled row), whose value in
 * the file's row of the same `ID` differs — or that the file does not have at all. Rows without an `ID` are paired
 * by position. An empty list means the import loses nothing.
 */
import { AreaSheet } from "../plan/AreaSheet";
import { isRowUnfilled } from "../plan/isRowUnfilled";
import { carriedCellInput } from "../workbook/carriedCellInput";
import { HEADERS } from "../workbook/areaColumns";
import { Cell, EMPTY, isMissing } from "../workbook/CellValue";
import { COMPUTED_HEADERS } from "../workbook/rowFormulas";
import { CellInput } from "../workbook/WorkbookPatch";

export type TypedDifference = { id: string; column: string; before: CellInput; after: CellInput };

const COMPUTED = new Set(COMPUTED_HEADERS);

const idOf = (cell: Cell | undefined): string =>
  cell?.kind === "text" ? cell.value.trim() : cell?.kind === "number" ? String(cell.value) : "";

/** Row key: its `ID`, or its position when it has none. */
function rowKeys(sheet: AreaSheet): string[] {
  const column = sheet.columns.get(HEADERS.id);
  return sheet.table.rows.map((row, index) => {
    const id = column === undefined ? "" : idOf(row[column]);
    return id !== "" ? id : `#${index + 1}`;
  });
}

const comparable = (cell: Cell): string => {
  if (cell.formula !== undefined && cell.formula.trim() !== "") return `=${cell.formula.trim()}`;
  switch (cell.kind) {
    case "empty":
      return "";
    case "text":
      return cell.value.trim() === "" ? "" : `t:${cell.value}`;
    case "number":
      return `n:${cell.value}`;
    case "date":
      return `n:${cell.serial}`;
    case "boolean":
      return `b:${cell.value}`;
    case "error":
      return `e:${cell.code}`;
  }
};

export function typedDifferences(tab: AreaSheet, file: AreaSheet): TypedDifference[] {
  const fileKeys = rowKeys(file);
  const fileRow = new Map<string, number>();
  fileKeys.forEach((key, index) => {
    if (!fileRow.has(key)) fileRow.set(key, index);
  });
  const tabKeys = rowKeys(tab);
  const differences: TypedDifference[] = [];
  tab.table.rows.forEach((row, index) => {
    if (isRowUnfilled(tab, index)) return;
    const key = tabKeys[index];
    const other = fileRow.get(key);
    tab.table.headers.forEach((header, column) => {
      if (COMPUTED.has(header) || tab.columns.get(header) !== column) return;
      const before = row[column] ?? EMPTY;
      if (isMissing(before)) return;
      const fileColumn = file.columns.get(header);
      const after =
        other === undefined || fileColumn === undefined
          ? EMPTY
          : (file.table.rows[other]?.[fileColumn] ?? EMPTY);
      if (comparable(before) === comparable(after)) return;
      differences.push({
        id: key.startsWith("#") ? `fila ${tab.table.headerRow + 1 + index}` : key,
        column: header,
        before: carriedCellInput(before),
        after: carriedCellInput(after),
      });
    });
  });
  return differences;
}
