/**
 * In-memory workbooks for upgrade tests: the snapshot a shell would read from a freshly generated workbook
 * (tables exactly as `layoutWorkbook` lays them out), which tests then edit like users do, and templates.
 */
import { Template } from "../../../src/core/template/Template";
import { Cell } from "../../../src/core/workbook/CellValue";
import { CellInput, SheetPatch, WorkbookPatch } from "../../../src/core/workbook/WorkbookPatch";
import { TableSnapshot, WorkbookSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";
import { sampleTemplate } from "../../support/sampleTemplate";
import { buildSnapshot } from "../../support/buildSnapshot";

/** The snapshot a shell would read from a freshly generated workbook of `template`. */
export function snapshotOf(template: Template): WorkbookSnapshot {
  return buildSnapshot(template);
}

export function tableOf(snapshot: WorkbookSnapshot, name: string): TableSnapshot {
  const table = snapshot.tables.find((candidate) => candidate.name === name);
  if (!table) throw new Error(`No table ${name}`);
  return table;
}

/** Types `value` into row `row` (0-based) of a snapshot table, under `header`, adding rows as needed. */
export function type(table: TableSnapshot, row: number, header: string, value: Cell): void {
  const column = table.headers.indexOf(header);
  if (column < 0) throw new Error(`No column ${header} in ${table.name}`);
  while (table.rows.length <= row)
    table.rows.push(table.headers.map((): Cell => ({ kind: "empty" })));
  table.rows[row][column] = value;
}

/** Renames a tab, as users do: the tables on it follow. */
export function renameSheet(snapshot: WorkbookSnapshot, from: string, to: string): void {
  snapshot.sheets = snapshot.sheets.map((sheet) =>
    sheet.name === from ? { ...sheet, name: to } : sheet
  );
  snapshot.tables.forEach((table) => {
    if (table.sheet === from) table.sheet = to;
  });
}

export const text = (value: string): Cell => ({ kind: "text", value });
export const number = (value: number): Cell => ({ kind: "number", value });

/** The sample template as version 2 with `change` applied to a copy. */
export function version2(change: (template: Template) => void = () => undefined): Template {
  const template = structuredClone(sampleTemplate({ templateVersion: 2 }));
  change(template);
  return template;
}

export function sheetOf(patch: WorkbookPatch, name: string): SheetPatch {
  const sheet = patch.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`No sheet ${name} in the patch`);
  return sheet;
}

/** The rows of a patched area table as header → value records. */
export function rowsOf(sheet: SheetPatch): Record<string, CellInput>[] {
  const [table] = sheet.tables;
  return [...table.rows].map((cells) =>
    Object.fromEntries(table.headers.map((header, index) => [header, cells[index]]))
  );
}
