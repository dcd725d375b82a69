/**
 * The plan as the last consolidation left it: the `Matriz` rows regrouped by area, each block read as if it were
 * the area's table (the matrix holds every area column). Addresses point into the `Matriz` sheet. Every area of
 * the template is there, in template order, even one with no rows in the matrix (Control Interno): the informe
 * counts every area of the plan (SPEC §7). Returns null when there is no consolidated matrix with rows.
 */
import { areaSheetOf, AreaSheet } from "../plan/AreaSheet";
import { Plan } from "../plan/readPlan";
import { areasInOrder } from "../template/Template";
import { isBlank } from "../workbook/CellValue";
import { sameTableName, tableName } from "../workbook/sheetNames";
import { WorkbookSnapshot } from "../workbook/WorkbookSnapshot";
import { MATRIX } from "./matrixLayout";

export function planFromMatrix(plan: Plan, snapshot: WorkbookSnapshot): Plan | null {
  const matrix = snapshot.tables.find((table) => sameTableName(table.name, MATRIX.table));
  if (!plan.template || !matrix) return null;
  const areaColumn = matrix.headers.indexOf(MATRIX.area);
  if (areaColumn < 0 || !matrix.rows.some((row) => !isBlank(row[areaColumn]))) return null;
  const byName = new Map(areasInOrder(plan.template).map((entry) => [entry.area.name, entry]));
  const found = new Map<string, AreaSheet>();
  let start = 0;
  while (start < matrix.rows.length) {
    const cell = matrix.rows[start][areaColumn];
    const name = cell?.kind === "text" ? cell.value : "";
    let end = start;
    while (
      end < matrix.rows.length &&
      (matrix.rows[end][areaColumn]?.kind === "text"
        ? (matrix.rows[end][areaColumn] as { value: string }).value
        : "") === name
    )
      end++;
    const entry = byName.get(name);
    if (entry) {
      const code = entry.area.code.toUpperCase();
      const table = {
        ...matrix,
        name: tableName(code),
        headerRow: matrix.headerRow + start,
        rows: matrix.rows.slice(start, end),
      };
      found.set(code, {
        ...areaSheetOf(code, table, entry.area, entry.macroprocess),
        computedAsValues: true,
      });
    }
    start = end;
  }
  // An area whose own table is gone has no figure (SPEC §5.1): its rows in an older `Matriz` are not one.
  const tabs = new Set(plan.areas.map((sheet) => sheet.code));
  const areas = areasInOrder(plan.template)
    .filter(({ area }) => tabs.has(area.code.toUpperCase()))
    .map(
      ({ area, macroprocess }) =>
        found.get(area.code.toUpperCase()) ??
        areaSheetOf(
          area.code.toUpperCase(),
          { ...matrix, name: tableName(area.code.toUpperCase()), rows: [] },
          area,
          macroprocess
        )
    );
  return { ...plan, areas };
}
