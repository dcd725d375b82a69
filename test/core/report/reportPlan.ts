/**
 * An in-memory plan for report tests: the tables exactly as `layoutWorkbook` generates them (IDs, objectives,
 * `Borrador` status), with rows overlaid by header, read by `readPlan`. No ExcelJS involved.
 */
import { Plan, readPlan } from "../../../src/core/plan/readPlan";
import { Template } from "../../../src/core/template/Template";
import { CellLike } from "../../support/buildSnapshot";
import { buildSnapshot, SnapshotOptions } from "../../support/buildSnapshot";

export type RowFill = Record<string, CellLike>;

/** `fill`: area code → rows (row i overlays data row i; rows past the generated ones are added). */
export function reportPlan(
  template: Template,
  fill: Record<string, RowFill[]> = {},
  options: SnapshotOptions = {}
): Plan {
  return readPlan(buildSnapshot(template, fill, options));
}

const QUARTERS = ["T1", "T2", "T3", "T4"];

/** A filled Número row, status `Enviado`, with programming and execution per period (null = blank). */
export function numberRow(
  programmed: CellLike[],
  executed: CellLike[],
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
