/**
 * The semester management report (SPEC §7) of a plan: the semáforo at the semester's cut-off (never the workbook's
 * `Corte`), the rows in red, the rows without report and the over-executed rows. Compliance and bands come from
 * `computeSemaphore` unchanged; this only selects and annotates.
 */
import { AreaSheet, cellAt } from "../plan/AreaSheet";
import { Plan } from "../plan/readPlan";
import { computeSemaphore, RowSemaphore } from "../semaphore/computeSemaphore";
import { REPORT_DRAFT } from "../template/Template";
import { HEADERS } from "../workbook/areaColumns";
import { Cell } from "../workbook/CellValue";
import { formatSerialDate } from "../messages/formatLocale";
import { Language } from "../messages/Language";
import { isRowUnfilled } from "../plan/isRowUnfilled";
import { unreportedPeriods } from "../plan/unreportedPeriods";
import {
  ManagementReport,
  OverExecutedRow,
  RedRow,
  ReportRow,
  Semester,
  UnreportedReason,
  UnreportedRow,
} from "./ManagementReport";
import { plainText } from "../text/plainText";
import { semesterConfig } from "./semesterConfig";
import { semesterCutoffIndex } from "./semesterCutoffIndex";
import { semaphoreErrors } from "../semaphore/semaphoreErrors";
import { HistoryEntry } from "../history/HistoryEntry";
import { reportHistory } from "../history/reportHistory";

/**
 * What a user sees in a text cell: text trimmed, numbers as digits, dates in words in the informe's language (a
 * «Entregable» typed 15/03/2021, which Excel keeps as a date: «15 de marzo de 2021»), error values by their code.
 */
function displayText(cell: Cell, language: Language): string {
  switch (cell.kind) {
    case "text":
      return plainText(cell.value).trim();
    case "number":
      return String(cell.value);
    case "date":
      return formatSerialDate(cell.serial, language);
    case "error":
      return cell.code;
    default:
      return "";
  }
}

/** Validation's meaning of "without report" (SPEC §7): an elapsed period with programming and nothing executed, or `Estado del reporte` blank or still `Borrador`. */
function unreportedReasons(
  sheet: AreaSheet,
  rowIndex: number,
  missingPeriods: string[],
  language: Language
): UnreportedReason[] {
  const reasons: UnreportedReason[] = [];
  if (missingPeriods.length > 0) reasons.push("noExecuted");
  const status = displayText(cellAt(sheet, rowIndex, HEADERS.reportStatus), language);
  if (status === "") reasons.push("statusBlank");
  else if (status.toLowerCase() === REPORT_DRAFT.toLowerCase()) reasons.push("statusDraft");
  return reasons;
}

export function buildManagementReport(
  plan: Plan,
  semester: Semester,
  /**
   * `history`: `T_Historial` as read from the workbook; merged with this report's figures (`reportHistory`).
   * `language`: the informe's, in which a date typed in a text column (`Entregable`…) is written.
   */
  options: { generatedAt: string; language: Language; history?: HistoryEntry[] }
): ManagementReport {
  if (!plan.template || !plan.config)
    throw new Error("A management report needs a plan with its template and configuration");
  const { template } = plan;
  const labels = plan.config.periodLabels;
  const { notMidYear } = semesterCutoffIndex(labels.length, semester);
  const config = semesterConfig(plan.config, semester);
  const semaphore = computeSemaphore(plan, config);

  const sheets = new Map(plan.areas.map((sheet) => [sheet.code, sheet]));
  const areaNames = new Map(semaphore.areas.map((area) => [area.code, area.name]));
  const located = (row: RowSemaphore): { sheet: AreaSheet; rowIndex: number } => {
    const sheet = sheets.get(row.area) as AreaSheet;
    return { sheet, rowIndex: row.row - sheet.table.headerRow - 1 };
  };
  const order = new Map(semaphore.rows.map((row, position) => [row, position]));
  const reportRow = (row: RowSemaphore): ReportRow => {
    const { sheet, rowIndex } = located(row);
    const text = (header: string): string =>
      displayText(cellAt(sheet, rowIndex, header), options.language);
    return {
      id: plainText(row.id),
      areaCode: row.area,
      areaName: plainText(areaNames.get(row.area) ?? row.area),
      sheet: row.sheet,
      row: row.row,
      objective: text(HEADERS.objective),
      activity: text(HEADERS.activity),
      indicator: text(HEADERS.indicator),
      deliverable: text(HEADERS.deliverable),
      evidence: text(HEADERS.evidence),
      unit: text(HEADERS.unit),
      responsible: plainText(row.responsible),
      observations: text(HEADERS.observations),
      status: text(HEADERS.reportStatus),
      programmed: row.programmed,
      executed: row.executed,
      compliance: row.compliance,
      band: row.band,
      overExecution: row.overExecution,
      weight: row.weight,
      order: order.get(row) ?? 0,
    };
  };
  /** The area's filled rows with their budget (Σ `Presupuesto` where it is a number). */
  const filledRows = semaphore.rows.filter((row) => {
    const { sheet, rowIndex } = located(row);
    return !isRowUnfilled(sheet, rowIndex);
  });
  const details = new Map<string, ReportRow[]>();
  const budgets = new Map<string, { budget: number; rows: number }>();
  for (const row of filledRows) {
    const { sheet, rowIndex } = located(row);
    const detail = reportRow(row);
    const list = details.get(row.area) ?? [];
    list.push(detail);
    details.set(row.area, list);
    const budget = cellAt(sheet, rowIndex, HEADERS.budget);
    if (budget.kind === "number") {
      const sum = budgets.get(row.area) ?? { budget: 0, rows: 0 };
      budgets.set(row.area, { budget: sum.budget + budget.value, rows: sum.rows + 1 });
    }
  }

  const redRows: RedRow[] = semaphore.rows
    .filter((row): row is RowSemaphore & { compliance: number } => row.band === "rojo")
    .map((row) => ({ ...reportRow(row), compliance: row.compliance }));
  const overExecutedRows: OverExecutedRow[] = semaphore.rows
    .filter(
      (row): row is RowSemaphore & { compliance: number } =>
        row.overExecution && row.compliance !== null
    )
    .map((row) => {
      const told = reportRow(row);
      return { ...told, compliance: row.compliance, needsExplanation: told.observations === "" };
    });
  const unreportedRows: UnreportedRow[] = semaphore.rows.flatMap((row) => {
    const { sheet, rowIndex } = located(row);
    // Rows holding only what the workbook was generated with are counted by validation, not listed one by one.
    if (isRowUnfilled(sheet, rowIndex)) return [];
    const missingPeriods = unreportedPeriods(sheet, rowIndex, config).map(({ label }) => label);
    const reasons = unreportedReasons(sheet, rowIndex, missingPeriods, options.language);
    return reasons.length === 0 ? [] : [{ ...reportRow(row), reasons, missingPeriods }];
  });

  return {
    organisation: template.organisation,
    year: config.year,
    semester,
    generatedAt: options.generatedAt,
    cutoff: {
      label: config.cutoffLabel,
      index: config.cutoffIndex,
      periodKind: template.periods.kind,
      periodLabels: labels,
      notMidYear,
    },
    bands: config.bands,
    institution: {
      compliance: semaphore.institution.compliance,
      band: semaphore.institution.band,
      rowsWithErrors: semaphore.institution.rowsWithErrors,
      areas: semaphore.institution.areas,
      totalAreas: semaphore.areas.length,
      unfilledAreas: semaphore.institution.unfilledAreas,
    },
    macroprocesses: semaphore.macroprocesses.map((macroprocess) => ({
      code: macroprocess.code,
      name: macroprocess.name,
      compliance: macroprocess.compliance,
      band: macroprocess.band,
      rowsWithErrors: macroprocess.rowsWithErrors,
      areas: macroprocess.areas,
      totalAreas: semaphore.areas.filter((area) => area.macroprocess === macroprocess.name).length,
      unfilledAreas: macroprocess.unfilledAreas,
    })),
    areas: semaphore.areas.map((area) => ({
      code: area.code,
      name: area.name,
      section: sheets.get(area.code)?.area?.section ?? null,
      macroprocess: area.macroprocess,
      sheet: area.sheet,
      compliance: area.compliance,
      band: area.band,
      rowsWithErrors: area.rowsWithErrors,
      programmedRows: area.programmedRows,
      rows: area.rows,
      details: details.get(area.code) ?? [],
      budget: budgets.get(area.code)?.budget ?? null,
      budgetRows: budgets.get(area.code)?.rows ?? 0,
    })),
    redRows,
    unreportedRows,
    overExecutedRows,
    figureErrors: semaphoreErrors(semaphore),
    history: reportHistory(options.history ?? [], {
      year: config.year,
      date: options.generatedAt,
      cutoff: { label: config.cutoffLabel, index: config.cutoffIndex, periodLabels: labels },
      areas: semaphore.areas,
      institution: semaphore.institution,
    }),
  };
}
