/**
 * Consolidation (SPEC §6) as one pure step: this workbook's plan plus imported area workbooks → the new `Matriz`,
 * `Tablero` and `Registro` sheets as a patch, and what to report. Area tabs are never part of the patch.
 */
import { Plan } from "../plan/readPlan";
import { PlanConfig } from "../plan/PlanConfig";
import { computeSemaphore, SemaphoreReport } from "../semaphore/computeSemaphore";
import { WorkbookSnapshot } from "../workbook/WorkbookSnapshot";
import { WorkbookPatch } from "../workbook/WorkbookPatch";
import { AreaSource } from "./AreaSource";
import { buildMatrix, Matrix } from "./buildMatrix";
import { chooseAreaSources, ImportedPlan } from "./chooseAreaSources";
import { ConsolidationFinding } from "./ConsolidationFinding";
import { layoutDashboardSheet } from "./layoutDashboardSheet";
import { IssueCounts } from "../validation/IssueCounts";
import { layoutSummarySheet } from "../workbook/layout/summarySheet";
import { layoutLogSheet } from "./layoutLogSheet";
import { layoutMatrixSheet } from "./layoutMatrixSheet";
import { readPreviousMatrix } from "./PreviousMatrix";
import { SHEET } from "../workbook/sheetNames";
import { cellAddress } from "../workbook/address";
import { CONFIGURATION_ROW } from "../workbook/layout/configurationSheet";

export type Consolidation = {
  patch: WorkbookPatch;
  matrix: Matrix;
  sources: AreaSource[];
  findings: ConsolidationFinding[];
  semaphore: SemaphoreReport;
};

/** The plan as consolidated: each area's rows from its chosen source. */
export function consolidatedPlan(main: Plan, sources: AreaSource[]): Plan {
  return {
    ...main,
    areas: sources.map((source) => ({
      ...source.sheet,
      area: source.sheet.area,
      macroprocess: source.sheet.macroprocess,
    })),
  };
}

export function consolidatePlan(input: {
  plan: Plan;
  config: PlanConfig;
  snapshot: WorkbookSnapshot;
  imports: ImportedPlan[];
  issueCounts: IssueCounts;
  /** Date of the run (ISO, yyyy-mm-dd), written to the log and to newly retired notes. */
  today: string;
}): Consolidation {
  const { plan, config } = input;
  if (!plan.template) throw new Error("consolidatePlan needs a plan with its template");
  const { sources, findings } = chooseAreaSources(plan, input.imports);
  const consolidated = consolidatedPlan(plan, sources);
  const semaphore = computeSemaphore(consolidated, config);
  // The heat map shows the periods up to the cut-off only (SPEC §6): later ones have nothing executed yet.
  const byPeriod = config.periodLabels
    .slice(0, config.cutoffIndex + 1)
    .map((label, cutoffIndex) => ({
      label,
      report:
        cutoffIndex === config.cutoffIndex
          ? semaphore
          : computeSemaphore(consolidated, { ...config, cutoffIndex, cutoffLabel: label }),
    }));
  const matrix = buildMatrix(
    plan.template,
    sources,
    semaphore.rows,
    readPreviousMatrix(input.snapshot),
    input.today
  );
  if (matrix.vanishedKeys.length > 0) {
    findings.push({
      severity: "notice",
      code: "matrix.rowsVanished",
      file: null,
      area: null,
      params: { count: matrix.vanishedKeys.length, ids: matrix.vanishedKeys.join(", ") },
    });
  }
  if (matrix.restoredKeys.length > 0) {
    findings.push({
      severity: "notice",
      code: "matrix.notesRestored",
      file: null,
      area: null,
      params: { count: matrix.restoredKeys.length },
    });
  }
  const patch: WorkbookPatch = {
    sheets: [
      layoutMatrixSheet(plan.template, config, matrix),
      layoutSummarySheet(plan.template, input.issueCounts).sheet,
      layoutDashboardSheet(semaphore, byPeriod, input.issueCounts, config.bands).sheet,
      layoutLogSheet({
        cutoff: config.cutoffLabel,
        when: input.today,
        sources,
        findings,
        retired: matrix.retired,
      }),
    ],
    definedNames: [],
    // One workbook, one cut-off (SPEC §6): `Resumen` and the area tabs recalculate at the period consolidated.
    edits: [
      {
        sheet: SHEET.configuration,
        cell: cellAddress(CONFIGURATION_ROW.cutoff, 2),
        value: config.cutoffLabel,
      },
    ],
  };
  return { patch, matrix, sources, findings, semaphore };
}
