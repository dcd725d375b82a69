/** The semester management report of SPEC §7, as data: what the `Informe` sheet and the HTML file show. */
import { Band } from "../semaphore/Band";
import { SemaphoreErrors } from "../semaphore/semaphoreErrors";
import { Bands, PeriodKind } from "../template/Template";
import { HistoryEntry } from "../history/HistoryEntry";

export type Semester = 1 | 2;

/** Why a row counts as not reported; a row may have both kinds of reason. */
export type UnreportedReason =
  /** An elapsed period with programming has no executed value (validation's `executed.missing`). */
  | "noExecuted"
  /** `Estado del reporte` is blank. */
  | "statusBlank"
  /** `Estado del reporte` is still `Borrador`. */
  | "statusDraft";

export type ReportCutoff = {
  label: string;
  /** 0-based index in `periodLabels`. */
  index: number;
  periodKind: PeriodKind;
  periodLabels: string[];
  /** True when no period ends at mid-year (3 periods): semester 1 is then measured at the first cut-off past it. */
  notMidYear: boolean;
};

export type ReportLevel = {
  compliance: number | null;
  band: Band;
  /** Rows left out of this figure because of an error (SPEC §5.1). */
  rowsWithErrors: number;
};

/** An area `Sin diligenciar`, named beside the average it is left out of (SPEC §5, §7). */
export type UnfilledArea = { code: string; section: string | null; name: string };

export type ReportMacroprocess = ReportLevel & {
  code: string | null;
  name: string;
  /** Areas with programming to date, of `totalAreas`. */
  areas: number;
  totalAreas: number;
  unfilledAreas: UnfilledArea[];
};

export type ReportArea = ReportLevel & {
  code: string;
  name: string;
  section: string | null;
  macroprocess: string | null;
  sheet: string;
  /** Rows with programming to date, of `rows` filled rows. */
  programmedRows: number;
  rows: number;
  /** The area's filled rows (not only what the workbook was generated with), in plan order. */
  details: ReportRow[];
  /**
   * Σ `Presupuesto` over the area's rows that hold a number: the budget the area programmed (the plan has no
   * executed-budget column, SPEC §3.2); null when no row holds one.
   */
  budget: number | null;
  /** Rows whose `Presupuesto` holds a number. */
  budgetRows: number;
};

/** One area-table row, as the lists of the report name it. */
export type ReportRow = {
  id: string;
  areaCode: string;
  areaName: string;
  sheet: string;
  /** Excel row on the area's tab. */
  row: number;
  objective: string;
  activity: string;
  indicator: string;
  /** `Entregable`, `Evidencias` as typed (trimmed). */
  deliverable: string;
  evidence: string;
  /** `Unidad de medida` as typed (trimmed): `Número` (periods add up) or `Porcentaje` (levels, as fractions). */
  unit: string;
  responsible: string;
  observations: string;
  /** `Estado del reporte` as typed (trimmed). */
  status: string;
  /** Programmed and executed to date as `computeSemaphore` computed them (Porcentaje: the level at the cut-off). */
  programmed: number;
  executed: number;
  compliance: number | null;
  band: Band;
  overExecution: boolean;
  /** `Ponderación` when it is a number. */
  weight: number | null;
  /** Position of the row in the plan (areas in template order, rows in table order), for stable ordering. */
  order: number;
};

export type RedRow = ReportRow & { compliance: number };
export type OverExecutedRow = ReportRow & {
  compliance: number;
  /** `Observaciones` is empty: the informe asks the area to explain the over-execution. */
  needsExplanation: boolean;
};
export type UnreportedRow = ReportRow & {
  reasons: UnreportedReason[];
  /** The elapsed periods with programming and no executed value. */
  missingPeriods: string[];
};

export type ManagementReport = {
  organisation: string;
  year: number;
  semester: Semester;
  /** ISO date given by the shell. */
  generatedAt: string;
  cutoff: ReportCutoff;
  bands: Bands;
  institution: ReportLevel & { areas: number; totalAreas: number; unfilledAreas: UnfilledArea[] };
  /** In template order. */
  macroprocesses: ReportMacroprocess[];
  /** In template order (areas the template does not know come last). */
  areas: ReportArea[];
  redRows: RedRow[];
  unreportedRows: UnreportedRow[];
  overExecutedRows: OverExecutedRow[];
  /** What the report's figures rest on that is an error (SPEC §5.1); the shells warn when its total is not 0. */
  figureErrors: SemaphoreErrors;
  /**
   * What `T_Historial` recorded for this year's cut-offs up to the report's, oldest first; the report's own cut-off
   * is always the figure computed here (one set of figures), whatever the history held for it.
   */
  history: HistoryEntry[];
};
