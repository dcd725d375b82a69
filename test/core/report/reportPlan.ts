/**
 * An in-memory plan for report tests: the tables exactly as `layoutWorkbook` generates them (IDs, objectives,
 * `Borrador` status), with rows overlaid by header, read by `readPlan`. No ExcelJS involved.
 */
import { Plan, readPlan } from "../../../src/core/plan/readPlan";
import { Template } from "../../../src/core/template/Template";
import { Cell } from "../../../src/core/workbook/CellValue";
import { parseCellAddress } from "../../../src/core/workbook/address";
import { layoutWorkbook } from "../../../src/core/workbook/layoutWorkbook";
import { NAME } from "../../../src/core/workbook/workbookNames";
import { CellInput } from "../../../src/core/workbook/WorkbookPatch";
import { TableSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";

export type RowFill = Record<string, CellInput>;

function cellOf(value: CellInput): Cell {
  if (value === null || value === "") return { kind: "empty" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "string") return { kind: "text", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if ("formula" in value) return { kind: "empty", formula: value.formula };
  return { kind: "date", serial: value.date };
}

/** `fill`: area code → rows (row i overlays data row i; rows past the generated ones are added). */
export function reportPlan(
  template: Template,
  fill: Record<string, RowFill[]> = {},
  options: { cutoff?: string } = {}
): Plan {
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
        rows: table.rows.map((cells) => cells.map(cellOf)),
      };
    })
  );
  for (const [code, rows] of Object.entries(fill)) {
    const table = tables.find((candidate) => candidate.name === `T_${code}`);
    if (!table) throw new Error(`No table T_${code}`);
    rows.forEach((values, index) => {
      while (table.rows.length <= index)
        table.rows.push(table.headers.map((): Cell => ({ kind: "empty" })));
      for (const [header, value] of Object.entries(values)) {
        const column = table.headers.indexOf(header);
        if (column < 0) throw new Error(`No column ${header} in T_${code}`);
        table.rows[index][column] = cellOf(value);
      }
    });
  }
  return readPlan({
    sheets: patch.sheets.map((sheet) => ({ name: sheet.name, visibility: sheet.visibility })),
    tables,
    names: {
      [NAME.year]: { kind: "number", value: template.year },
      [NAME.cutoff]: { kind: "text", value: options.cutoff ?? template.periods.labels[0] },
      [NAME.greenThreshold]: { kind: "number", value: template.bands.green },
      [NAME.yellowThreshold]: { kind: "number", value: template.bands.yellow },
      [NAME.overExecutionThreshold]: { kind: "number", value: template.bands.overExecution },
    },
    templateJson: JSON.stringify(template),
  });
}

const QUARTERS = ["T1", "T2", "T3", "T4"];

/** A filled Número row, status `Enviado`, with programming and execution per period (null = blank). */
export function numberRow(
  programmed: (number | null)[],
  executed: (number | null)[],
  extra: RowFill = {},
  labels: string[] = QUARTERS
): RowFill {
  return {
    Actividad: "Actividad",
    Indicador: "Indicador",
    "Unidad de medida": "Número",
    Sentido: "Ascendente",
    Responsable: "Responsable",
    "Estado del reporte": "Enviado",
    ...Object.fromEntries(programmed.map((value, i) => [`Programado ${labels[i]}`, value])),
    ...Object.fromEntries(executed.map((value, i) => [`Ejecutado ${labels[i]}`, value])),
    ...extra,
  };
}
