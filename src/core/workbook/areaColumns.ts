/** The columns of an area table (SPEC §3.2), in order, for a template's periods and extra columns. */
import { ExtraColumn, Template } from "../template/Template";

export type ColumnType =
  "text" | "number" | "percentage" | "date" | "currency" | "list" | "computed";

export type StandardListKey = "indicatorType" | "unit" | "direction" | "reportStatus";

export type ColumnKey =
  | "id"
  | "objective"
  | "activity"
  | "deliverable"
  | "indicator"
  | "indicatorFormula"
  | "indicatorType"
  | "unit"
  | "direction"
  | "baseline"
  | "goal"
  | "programmed"
  | "executed"
  | "weight"
  | "responsible"
  | "startDate"
  | "endDate"
  | "budget"
  | "evidence"
  | "observations"
  | "reportStatus"
  | "extra"
  | "programmedToDate"
  | "executedToDate"
  | "compliance"
  | "semaphore";

export type AreaColumn = {
  key: ColumnKey;
  header: string;
  type: ColumnType;
  /** For list columns: the key of `Template.lists`. */
  list?: string;
  /** "weighted": required only where the area weights its rows. */
  required: boolean | "weighted";
  /** For programmed/executed: 0-based period index. */
  period?: number;
  width: number;
};

export const HEADERS = {
  id: "ID",
  objective: "Objetivo",
  activity: "Actividad",
  deliverable: "Entregable",
  indicator: "Indicador",
  indicatorFormula: "Fórmula del indicador",
  indicatorType: "Tipo de indicador",
  unit: "Unidad de medida",
  direction: "Sentido",
  baseline: "Línea base",
  goal: "Meta",
  weight: "Ponderación",
  responsible: "Responsable",
  startDate: "Fecha inicio",
  endDate: "Fecha fin",
  budget: "Presupuesto",
  evidence: "Evidencias",
  observations: "Observaciones",
  reportStatus: "Estado del reporte",
  programmedToDate: "Programado a la fecha",
  executedToDate: "Ejecutado a la fecha",
  compliance: "% Cumplimiento",
  semaphore: "Semáforo",
} as const;

export const programmedHeader = (label: string): string => `Programado ${label}`;
export const executedHeader = (label: string): string => `Ejecutado ${label}`;

function extraColumn(extra: ExtraColumn): AreaColumn {
  const type = extra.type === "list" ? "list" : extra.type;
  return {
    key: "extra",
    header: extra.header,
    type,
    list: extra.list,
    required: extra.required,
    width: 16,
  };
}

export function areaColumns(template: Template): AreaColumn[] {
  const labels = template.periods.labels;
  const column = (
    key: ColumnKey,
    type: ColumnType,
    required: AreaColumn["required"],
    width: number,
    list?: string
  ): AreaColumn => ({
    key,
    header: (HEADERS as Record<string, string>)[key],
    type,
    required,
    width,
    ...(list ? { list } : {}),
  });
  return [
    column("id", "text", true, 10),
    column("objective", "text", true, 48),
    column("activity", "text", true, 40),
    column("deliverable", "text", false, 28),
    column("indicator", "text", true, 30),
    column("indicatorFormula", "text", false, 30),
    column("indicatorType", "list", true, 16, "indicatorType"),
    column("unit", "list", true, 14, "unit"),
    column("direction", "list", false, 14, "direction"),
    column("baseline", "number", false, 11),
    column("goal", "number", true, 11),
    ...labels.map((label, period) => ({
      key: "programmed" as const,
      header: programmedHeader(label),
      type: "number" as const,
      required: false,
      period,
      width: 13,
    })),
    ...labels.map((label, period) => ({
      key: "executed" as const,
      header: executedHeader(label),
      type: "number" as const,
      required: false,
      period,
      width: 13,
    })),
    column("weight", "percentage", "weighted", 13),
    column("responsible", "text", true, 24),
    column("startDate", "date", true, 13),
    column("endDate", "date", true, 13),
    column("budget", "currency", false, 16),
    column("evidence", "text", false, 30),
    column("observations", "text", false, 30),
    column("reportStatus", "list", false, 14, "reportStatus"),
    ...template.extraColumns.map(extraColumn),
    column("programmedToDate", "computed", false, 14),
    column("executedToDate", "computed", false, 14),
    column("compliance", "computed", false, 14),
    column("semaphore", "computed", false, 16),
  ];
}

/**
 * The columns whose figures are in the row's `Unidad de medida` (SPEC §3.3, §5): Línea base, Meta, every period,
 * and the two to-date figures. A Porcentaje row's are levels held as fractions and shown as percentages (0.25 →
 * 25 %); a Número row's are counts. Every sheet that formats a row by its unit takes the columns from here.
 */
const UNIT_FIGURE_KEYS: ReadonlySet<ColumnKey> = new Set<ColumnKey>([
  "baseline",
  "goal",
  "programmed",
  "executed",
  "programmedToDate",
  "executedToDate",
]);

export const isUnitFigure = (column: AreaColumn): boolean => UNIT_FIGURE_KEYS.has(column.key);
