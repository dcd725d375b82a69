/** The plan template of SPEC §2: a versioned JSON document that the workbook layout is built from. */

export const TEMPLATE_SCHEMA_VERSION = 1;

/** Period kinds and how many periods each has: S(emestre), C(uatrimestre), T(rimestre), B(imestre), M(es). */
export const PERIOD_COUNTS = { S: 2, C: 3, T: 4, B: 6, M: 12 } as const;
export type PeriodKind = keyof typeof PERIOD_COUNTS;

export type Periods = {
  kind: PeriodKind;
  /** One label per period, e.g. ["T1", "T2", "T3", "T4"]; column headers are `Programado <label>`. */
  labels: string[];
};

/** Semáforo bands as fractions (0.8 = 80 %). */
export type Bands = {
  green: number;
  yellow: number;
  overExecution: number;
};

export type ExtraColumnType = "text" | "number" | "percentage" | "date" | "list";

export type ExtraColumn = {
  header: string;
  type: ExtraColumnType;
  /** For type "list": the key of `Template.lists` that feeds the dropdown. */
  list?: string;
  required: boolean;
};

export type Area = {
  /** Stable identifier: letters and digits, e.g. "DJ"; the area's table is named `T_<code>`. */
  code: string;
  name: string;
  /** Plan section number, e.g. "3.5.1". */
  section: string;
  /** Code of the parent area (3.5.1 SGR belongs to 3.5). */
  parent?: string;
  /** Tab name; when absent it is derived from section and name (at most 31 characters). */
  sheetName?: string;
  /** Shown above the table when the area has something to say, e.g. Control Interno's reference to its audit plan. */
  note?: string;
  objectives: string[];
};

export type Macroprocess = {
  code: string;
  name: string;
  areas: Area[];
};

/** Dropdown lists by name. The four standard lists are always present. */
export type Lists = {
  indicatorType: string[];
  unit: string[];
  direction: string[];
  reportStatus: string[];
  [custom: string]: string[];
};

export type Template = {
  schemaVersion: number;
  templateId: string;
  templateVersion: number;
  organisation: string;
  year: number;
  periods: Periods;
  bands: Bands;
  lists: Lists;
  extraColumns: ExtraColumn[];
  macroprocesses: Macroprocess[];
};

export const UNIT_NUMBER = "Número";
export const UNIT_PERCENT = "Porcentaje";
export const DIRECTION_UP = "Ascendente";
export const DIRECTION_DOWN = "Descendente";
export const REPORT_DRAFT = "Borrador";

export const DEFAULT_LISTS: Lists = {
  indicatorType: ["Eficacia", "Eficiencia", "Efectividad"],
  unit: [UNIT_NUMBER, UNIT_PERCENT],
  direction: [DIRECTION_UP, DIRECTION_DOWN],
  reportStatus: [REPORT_DRAFT, "Enviado", "Aprobado", "Devuelto"],
};

export const DEFAULT_BANDS: Bands = { green: 0.8, yellow: 0.6, overExecution: 1.2 };

/** A copy of the default lists that a new template may change without touching the defaults. */
export function defaultLists(): Lists {
  return {
    ...DEFAULT_LISTS,
    indicatorType: [...DEFAULT_LISTS.indicatorType],
    unit: [...DEFAULT_LISTS.unit],
    direction: [...DEFAULT_LISTS.direction],
    reportStatus: [...DEFAULT_LISTS.reportStatus],
  };
}

export function defaultPeriods(kind: PeriodKind = "T"): Periods {
  const count = PERIOD_COUNTS[kind];
  return { kind, labels: Array.from({ length: count }, (_, i) => `${kind}${i + 1}`) };
}

/** Every area in template order (macroprocess by macroprocess), with its macroprocess. */
export function areasInOrder(template: Template): { area: Area; macroprocess: Macroprocess }[] {
  return template.macroprocesses.flatMap((macroprocess) =>
    macroprocess.areas.map((area) => ({ area, macroprocess }))
  );
}
