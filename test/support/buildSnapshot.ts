/**
 * An in-memory `WorkbookSnapshot` of a freshly generated plan (tables exactly as `layoutWorkbook` lays them out:
 * headers at row 7 from column A, generated IDs, objectives and defaults, live formulas), with rows overlaid by
 * header. No ExcelJS involved: for rule tests. The bad-input corpus goes through a real .xlsx instead.
 */
import { Template } from "../../src/core/template/Template";
import { Cell } from "../../src/core/workbook/CellValue";
import { layoutWorkbook } from "../../src/core/workbook/layoutWorkbook";
import {
  COMPUTED_COLUMNS,
  rowFormulaColumns,
  rowFormulas,
} from "../../src/core/workbook/rowFormulas";
import { NAME } from "../../src/core/workbook/workbookNames";
import { CellInput } from "../../src/core/workbook/WorkbookPatch";
import { TableSnapshot, WorkbookSnapshot } from "../../src/core/workbook/WorkbookSnapshot";
import { parseCellAddress } from "../../src/core/workbook/address";
import { sampleTemplate } from "./sampleTemplate";

/** A cell as written (`CellInput`: 5, "texto", true, {date}, {formula}) or as read (`Cell`). */
export type CellLike = CellInput | Cell;

export type SnapshotRows = Record<string, Record<string, CellLike>[]>;

export type SnapshotOptions = {
  cutoff?: string;
  /** Replaces or adds workbook names. */
  names?: Record<string, Cell>;
};

function isCell(value: object): value is Cell {
  return "kind" in value;
}

export function toCell(value: CellLike): Cell {
  if (value === null) return { kind: "empty" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "string") return value === "" ? { kind: "empty" } : { kind: "text", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (isCell(value)) return value;
  if ("formula" in value) return { kind: "empty", formula: value.formula };
  if ("error" in value) return { kind: "error", code: value.error };
  return { kind: "date", serial: value.date };
}

const COMPUTED_KEY = Object.fromEntries(
  Object.entries(COMPUTED_COLUMNS).map(([key, header]) => [header, key])
) as Record<string, keyof typeof COMPUTED_COLUMNS>;

function emptyRow(table: TableSnapshot, template: Template): Cell[] {
  const columns = rowFormulaColumns(table.headers, template.periods.labels, table.firstColumn);
  const row = table.headerRow + 1 + table.rows.length;
  const formulas = columns ? rowFormulas(columns, row) : null;
  return table.headers.map((header): Cell => {
    const key = COMPUTED_KEY[header] ?? null;
    return key && formulas ? { kind: "empty", formula: formulas[key] } : { kind: "empty" };
  });
}

export function buildSnapshot(
  template: Template = sampleTemplate(),
  rows: SnapshotRows = {},
  options: SnapshotOptions = {}
): WorkbookSnapshot {
  const patch = layoutWorkbook(template);
  const tables: TableSnapshot[] = patch.sheets.flatMap((sheet) =>
    sheet.tables.map((table) => {
      const { row, column } = parseCellAddress(table.topLeft);
      return {
        name: table.name,
        sheet: sheet.name,
        headerRow: row,
        firstColumn: column,
        headers: [...table.headers],
        rows: [...table.rows].map((cells) => cells.map(toCell)),
      };
    })
  );
  for (const [code, overlay] of Object.entries(rows)) {
    const table = tables.find((candidate) => candidate.name === `T_${code}`);
    if (!table) throw new Error(`No table T_${code}`);
    overlay.forEach((values, index) => {
      while (table.rows.length <= index) table.rows.push(emptyRow(table, template));
      for (const [header, value] of Object.entries(values)) {
        const column = table.headers.indexOf(header);
        if (column < 0) throw new Error(`No column ${header} in T_${code}`);
        table.rows[index][column] = toCell(value);
      }
    });
  }
  const names: Record<string, Cell> = {
    [NAME.organisation]: { kind: "text", value: template.organisation },
    [NAME.year]: { kind: "number", value: template.year },
    [NAME.cutoff]: { kind: "text", value: options.cutoff ?? template.periods.labels[0] },
    [NAME.cutoffIndex]: { kind: "empty", formula: `MATCH(${NAME.cutoff},${NAME.periods},0)` },
    [NAME.greenThreshold]: { kind: "number", value: template.bands.green },
    [NAME.yellowThreshold]: { kind: "number", value: template.bands.yellow },
    [NAME.overExecutionThreshold]: { kind: "number", value: template.bands.overExecution },
    ...options.names,
  };
  return {
    sheets: patch.sheets.map((sheet) => ({ name: sheet.name, visibility: sheet.visibility })),
    tables,
    names,
    templateJson: JSON.stringify(template),
  };
}

/** A row of `ID` and `Actividad` with its programmed and executed values, period by period from T1 (null: blank). */
export const periodRow = (
  id: string,
  programmed: (number | null)[],
  executed: (number | null)[]
): Record<string, CellLike> => ({
  ID: id,
  Actividad: "Actividad",
  ...Object.fromEntries(programmed.map((value, i) => [`Programado T${i + 1}`, value])),
  ...Object.fromEntries(executed.map((value, i) => [`Ejecutado T${i + 1}`, value])),
});
